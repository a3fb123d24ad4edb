package nl.arbeidsmigratie.regie.registration.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IssueHtmlTest {

    @Test
    void thePlainTextAlternativeKeepsParagraphsListsAndLinkAddresses() {
        String html = IssueHtml.sanitize("<h2>Nieuws &amp; agenda</h2><p>Eerste regel<br>tweede regel</p>"
                + "<ul><li>een</li><li>twee</li></ul><p>Meer op <a href=\"https://example.org/a?b=1&c=2\">de site</a> "
                + "of via info@example.org.</p>");
        assertThat(IssueHtml.toText(html)).isEqualTo("""
                Nieuws & agenda

                Eerste regel
                tweede regel

                - een
                - twee

                Meer op de site (https://example.org/a?b=1&c=2) of via info@example.org.""");
    }

    @Test
    void textThatLooksLikeMarkupStaysText() {
        String html = IssueHtml.sanitize("<p>5 &lt; 6 en &lt;script&gt; blijft tekst</p>");
        assertThat(html).doesNotContain("<script");
        assertThat(IssueHtml.toText(html)).isEqualTo("5 < 6 en <script> blijft tekst");
    }
}
