package nl.arbeidsmigratie.regie.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void thePlainTextAlternativeKeepsParagraphsListsAndLinkAddresses() {
        RichText.Sanitized html = RichText.sanitize("<h2>Nieuws &amp; agenda</h2><p>Eerste regel<br>tweede regel</p>"
                + "<ul><li>een</li><li>twee</li></ul><p>Meer op <a href=\"https://example.org/a?b=1&c=2\">de site</a> "
                + "of via info@example.org.</p>");
        assertThat(html.changed()).isFalse();
        assertThat(RichText.toText(html.html())).isEqualTo("""
                Nieuws & agenda

                Eerste regel
                tweede regel

                - een
                - twee

                Meer op de site (https://example.org/a?b=1&c=2) of via info@example.org.""");
    }

    @Test
    void theTextShownKeepsTheWordsOfEveryBlockAndListItemApart() {
        assertThat(RichText.shownText("<h1>Kop</h1>Los<h4>Klein</h4><ul><li>Recreatiepark De Kwakel<ul><li>circa 80"
                + " chalets</li><li>brandveiligheid</li></ul></li></ul><p>Slot &amp; einde</p>"))
                .isEqualTo("Kop Los Klein Recreatiepark De Kwakel circa 80 chalets brandveiligheid Slot & einde");
    }

    @Test
    void theTextShownHasPlainSpacesWhereTheHtmlHasNonBreakingOnesAsASelectionOnThePageHas() {
        assertThat(RichText.shownText("<p>gemiddeld €&nbsp;650 per\u00a0maand,\u202fart.\u20073</p>"))
                .isEqualTo("gemiddeld € 650 per maand, art. 3");
    }

    @Test
    void characterReferencesBeyondUnicodeReadAsTheReplacementCharacter() {
        assertThat(RichText.unescape("a&#233;b&#x1F600;c")).isEqualTo("aébc".replace("bc", "b\uD83D\uDE00c"));
        assertThat(RichText.unescape("&#99999999999;|&#x110000;|&#xD800;|&#0;|&#xFFFFFFFF;|&#0000000065;"))
                .isEqualTo("\uFFFD|\uFFFD|\uFFFD|\uFFFD|\uFFFD|A");
        assertThat(RichText.toText("<p>&#99999999999;</p>")).isEqualTo("\uFFFD");
    }

    @Test
    void emojiAndOtherCharactersBeyondTheBasicPlaneAreStoredAsTyped() {
        assertThat(RichText.sanitize("<p>Goed 😀 gedaan 𝔸</p>").html()).isEqualTo("<p>Goed 😀 gedaan 𝔸</p>");
        assertThat(RichText.sanitize("<p>&#x1F600; &#128512;</p>").html()).isEqualTo("<p>😀 😀</p>");
        assertThat(RichText.sanitize("<p>a &lt;b&gt; &amp; \"c\"</p>").html()).as("markup stays escaped")
                .isEqualTo("<p>a &lt;b&gt; &amp; &#34;c&#34;</p>");
    }

    @Test
    void textThatLooksLikeMarkupStaysText() {
        String html = RichText.sanitize("<p>5 &lt; 6 en &lt;script&gt; blijft tekst</p>").html();
        assertThat(html).doesNotContain("<script");
        assertThat(RichText.toText(html)).isEqualTo("5 < 6 en <script> blijft tekst");
    }

    @Test
    void scriptsHandlersJavascriptLinksAndStylesAreRemovedAndReported() {
        RichText.Sanitized html = RichText.sanitize("<p style=\"color:red\" onclick=\"steal()\">Tekst"
                + "<script>alert(1)</script> <a href=\"javascript:alert(2)\">klik</a></p>");
        assertThat(html.html()).isEqualTo("<p>Tekst klik</p>");
        assertThat(html.markupRemoved()).isTrue();
        assertThat(html.imagesRemoved()).isFalse();
        // as the editor hands such a link over: its address made harmless, its new-tab marks kept
        assertThat(RichText.sanitize("<p><a href=\"about:blank\" target=\"_blank\" rel=\"noopener noreferrer\">klik</a>"
                + " <a href=\"https://example.org\" target=\"_blank\">hier</a></p>").html())
                .startsWith("<p>klik <a href=\"https://example.org\"").endsWith(">hier</a></p>");
    }

    @Test
    void aPastedTableKeepsItsRowsAndCellsApartAndIsReported() {
        RichText.Sanitized html = RichText.sanitize("<table style=\"border:1px\"><caption>Tellingen</caption><thead>"
                + "<tr><th>Gemeente</th><th>Aantal</th></tr></thead><tbody><tr><td>Westland</td>\n  <td class=\"n\">"
                + "4.500</td></tr><tr><td><b>Delft</b></td><td></td><td>1.200</td></tr></tbody></table>");
        assertThat(html.html()).isEqualTo("<p>Tellingen</p><p>Gemeente | Aantal</p><p>Westland | 4.500</p>"
                + "<p><b>Delft</b> |  | 1.200</p>");
        assertThat(html.markupRemoved()).isTrue();
        assertThat(RichText.toText(html.html())).contains("Westland | 4.500");
    }

    @Test
    void markupNestedDeeperThanTheSanitizerFollowsIsRefusedRatherThanLosingText() {
        String deep = "<p>behouden</p>" + "<div>".repeat(RichText.DEEPEST + 1) + "x" + "</div>".repeat(RichText.DEEPEST + 1);
        InvalidInputException refused = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
                () -> RichText.sanitize(deep));
        assertThat(refused.messageKey()).isEqualTo("error.text.nested-too-deep");
        String deepButClosed = "<div>a</div>".repeat(500) + "<p>" + "<br>".repeat(500) + "<b/>".repeat(500) + "</p>";
        assertThat(RichText.toText(RichText.sanitize(deepButClosed).html())).startsWith("aaaa");
        String shallow = "<div>".repeat(RichText.DEEPEST) + "x" + "</div>".repeat(RichText.DEEPEST);
        assertThat(RichText.sanitize(shallow).html()).contains("x");
    }

    @Test
    void pastedImagesAreRemovedAndReportedApart() {
        RichText.Sanitized html = RichText.sanitize("<p>Kaart: <img src=\"data:image/png;base64,iVBORw0KGgo=\"></p>");
        assertThat(html.html()).isEqualTo("<p>Kaart:</p>");
        assertThat(html.imagesRemoved()).isTrue();
        assertThat(html.markupRemoved()).isFalse();
    }

    @Test
    void editorWrappersAreDroppedWithoutAlarm() {
        RichText.Sanitized html = RichText.sanitize("<div><span>Gewoon</span> tekst</div>");
        assertThat(html.html()).isEqualTo("Gewoon tekst");
        assertThat(html.changed()).isFalse();
    }

    @Test
    void aLinkAsTheEditorMakesItIsKeptWithoutAlarm() {
        RichText.Sanitized html = RichText.sanitize("<p><a href=\"https://www.platform31.nl\" rel=\"noopener noreferrer\""
                + " target=\"_blank\">Platform31</a></p>");
        assertThat(html.html()).contains("href=\"https://www.platform31.nl\"").contains(">Platform31</a>");
        assertThat(html.changed()).isFalse();
    }

    @Test
    void theEditorsBulletsStayBulletsAndItsNumberedItemsNumbers() {
        String typed = "<p>Punten:</p><ol><li data-list=\"bullet\">een</li><li data-list=\"bullet\"><b>twee</b></li>"
                + "<li data-list=\"ordered\">stap 1</li><li data-list=\"ordered\">stap 2</li></ol><p>Einde</p>";
        assertThat(RichText.sanitize(typed).html()).isEqualTo("<p>Punten:</p><ul><li>een</li><li><b>twee</b></li></ul>"
                + "<ol><li>stap 1</li><li>stap 2</li></ol><p>Einde</p>");
        assertThat(RichText.sanitize("<ul><li>al een lijst</li></ul><ol><li>genummerd</li></ol>").html())
                .isEqualTo("<ul><li>al een lijst</li></ul><ol><li>genummerd</li></ol>");
    }

    @Test
    void theEditorsIndentedItemsBecomeSubListsOfTheItemBefore() {
        String typed = "<ol><li data-list=\"bullet\">doel</li><li data-list=\"bullet\" class=\"ql-indent-1\">sub</li>"
                + "<li data-list=\"ordered\" class=\"ql-indent-2\">stap</li><li data-list=\"bullet\">tweede</li>"
                + "<li data-list=\"bullet\" class=\"ql-indent-3\">te diep</li></ol>";
        RichText.Sanitized html = RichText.sanitize(typed);
        assertThat(html.html()).isEqualTo("<ul><li>doel<ul><li>sub<ol><li>stap</li></ol></li></ul></li>"
                + "<li>tweede<ul><li>te diep</li></ul></li></ul>");
        assertThat(html.changed()).as("nothing of the author's lost").isFalse();
        assertThat(RichText.sanitize(html.html()).html()).as("stored lists stay as they are").isEqualTo(html.html());
        // as text, as versions are compared: each level indented, numbers counted per list
        assertThat(RichText.toText(html.html())).isEqualTo("""
                - doel
                  - sub
                    1. stap
                - tweede
                  - te diep""");
        assertThat(RichText.sanitize("<ol><li class=\"ql-indent-1 evil\">x</li></ol>").html()).isEqualTo(
                "<ol><li>x</li></ol>");
        // the empty item Enter leaves at a list's end is no bullet of nothing; a list of nothing but those is gone
        assertThat(RichText.sanitize("<ol><li data-list=\"bullet\">punt een</li><li data-list=\"bullet\"><br></li>"
                + "</ol>").html()).isEqualTo("<ul><li>punt een</li></ul>");
        assertThat(RichText.sanitize("<p>Tekst</p><ol><li data-list=\"bullet\"><br></li></ol>").html())
                .isEqualTo("<p>Tekst</p>");
    }

    @Test
    void aPastedHeadingOfAnyLevelStaysAHeadingAndNumberedItemsReadWithTheirNumbers() {
        RichText.Sanitized html = RichText.sanitize("<h1>Aantallen in beeld</h1><p><b>Westland</b> telt</p>"
                + "<h4>Bronnen</h4><ol><li>BRP</li><li>RNI</li></ol><ul><li>los</li></ul>");
        assertThat(html.html()).isEqualTo("<h2>Aantallen in beeld</h2><p><b>Westland</b> telt</p><h3>Bronnen</h3>"
                + "<ol><li>BRP</li><li>RNI</li></ol><ul><li>los</li></ul>");
        assertThat(RichText.toText(html.html())).isEqualTo("""
                Aantallen in beeld

                Westland telt

                Bronnen

                1. BRP
                2. RNI

                - los""");
    }

    @Test
    void aSpaceEndingAParagraphIsNotKeptAsTheEditorWouldDropItWhenOpeningTheTextAgain() {
        assertThat(RichText.sanitize("<p>Eerste zin. </p><ul><li>punt  </li></ul><h2>Kop </h2><p>midden  in</p>").html())
                .isEqualTo("<p>Eerste zin.</p><ul><li>punt</li></ul><h2>Kop</h2><p>midden  in</p>");
    }

    @Test
    void aLimitCountsTheTextAsItReadsSoWhatWasSavedIsTakenAgain() {
        String list = "<ul>" + "<li>Punt van de lijst</li>".repeat(4000) + "</ul>";
        assertThat(list.length()).isGreaterThan(100_000);
        RichText.Sanitized saved = RichText.sanitize("html", list, 100_000, TextTooLongException.MESSAGE_KEY);
        assertThat(RichText.sanitize("html", saved.html(), 100_000, TextTooLongException.MESSAGE_KEY).html())
                .isEqualTo(saved.html());
        String breaks = "<p>" + "<br>".repeat(40_000) + "</p>";
        assertThat(RichText.sanitize("html", RichText.sanitize("html", breaks, 100_000,
                TextTooLongException.MESSAGE_KEY).html(), 100_000, TextTooLongException.MESSAGE_KEY).html())
                .as("a text stored longer than sent").startsWith("<p><br />");

        assertThatThrownBy(() -> RichText.sanitize("html", "<p>" + "a".repeat(100_001) + "</p>", 100_000,
                "error.strategy.section.too-long")).isInstanceOfSatisfying(TextTooLongException.class, e -> {
                    assertThat(e.limit()).isEqualTo(100_000);
                    assertThat(e.messageKey()).isEqualTo("error.strategy.section.too-long");
                });
        assertThat(RichText.sanitize("html", "<ul>" + "<li>zes tk</li>".repeat(20_000) + "</ul>", 120_000,
                TextTooLongException.MESSAGE_KEY).html()).as("120,000 characters of text, the items not counted")
                .startsWith("<ul><li>zes tk</li>");
        assertThatThrownBy(() -> RichText.sanitize("html", "<p>BSN 111<span>222</span>333</p>", 100_000,
                TextTooLongException.MESSAGE_KEY)).as("a number markup split").isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("error.text.bsn"));
        assertThatThrownBy(() -> RichText.sanitize("html", "<b></b>".repeat(200_000), 100_000,
                TextTooLongException.MESSAGE_KEY)).as("markup no person wrote").isInstanceOf(TextTooLongException.class);
    }

    @Test
    void personalDataIsLookedForWithinABlockNeverAcrossTwo() {
        assertThat(RichText.sanitize("html", "<h3>Paragraaf 2</h3><p>Polen vormen de grootste groep.</p>"
                + "<ol><li>Locaties in de kernen: 4</li><li>Duitsers wonen langs de grens.</li></ol>", 100_000,
                TextTooLongException.MESSAGE_KEY).html()).contains("Polen vormen");
        assertThatThrownBy(() -> RichText.sanitize("html", "<p>Er wonen <b>30</b> Polen.</p>", 100_000,
                TextTooLongException.MESSAGE_KEY)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.text.nationality"));
    }
}
