package nl.arbeidsmigratie.regie.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

class FreeTextTest {

    @Test
    void markupFormulasTabsAndLineBreaksAreTextAndPassUnchanged() {
        for (String text : new String[] {"<script>alert(1)</script>", "=HYPERLINK(\"x\")", "${7*7}",
                "Arabic mark \u200f\u061c, zero width joiner \u200d", "a\tb\r\nc", "", null}) {
            assertThat(FreeText.checked("name", text)).isEqualTo(text);
        }
    }

    @Test
    void nulBellEscapeAndDeleteAreRefusedNamingTheFieldAndTheCharacter() {
        for (char control : new char[] {'\u0000', '\u0007', '\u001b', '\u007f', '\u0085'}) {
            InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                    () -> FreeText.checked("street", "Dorp" + control + "straat"));
            assertThat(refused.field()).isEqualTo("street");
            assertThat(refused.messageKey()).isEqualTo("error.text.control-character");
            assertThat(refused.getMessage()).contains(String.format("U+%04X", (int) control));
        }
    }

    @Test
    void charactersOverridingTheWritingDirectionAreRefused() {
        for (char direction : new char[] {'\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2069'}) {
            InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                    () -> FreeText.checked("source", "rapport" + direction + "fdp.exe"));
            assertThat(refused.field()).isEqualTo("source");
            assertThat(refused.messageKey()).isEqualTo("error.text.direction-character");
            assertThat(refused.getMessage()).contains(String.format("U+%04X", (int) direction));
        }
    }

    @Test
    void aTextOfOneLineRefusesEveryKindOfLineBreakAndMakesEveryRunOfSpaceOneSpace() {
        for (String broken : new String[] {"a\nb", "a\r\nb", "a\rb", "a\u000Bb", "a\fb", "a\u2028b", "a\u2029b"}) {
            InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                    () -> FreeText.line("title", broken));
            assertThat(refused.field()).isEqualTo("title");
            assertThat(refused.messageKey()).isEqualTo("error.text.line-break");
        }
        // as pasted from a spreadsheet or a web page, it would reach a mail subject or a calendar title as it is
        assertThat(FreeText.line("title", "a\tb")).isEqualTo("a b");
        assertThat(FreeText.line("title", "  Leerkring\u00A0 2027 \t ")).isEqualTo("Leerkring 2027");
        assertThat(FreeText.line("title", null)).isNull();
    }

    @Test
    void aOneLineTextRefusesCharactersThatTakeNoRoomButKeepsJoinersScriptsNeed() {
        for (char invisible : new char[] {'\u200b', '\u2060', '\ufeff', '\u00ad', '\u180e', '\u034f', '\u3164', '\u2800',
                '\u061c', '\u200e', '\u200f', '\u115f', '\uffa0'}) {
            InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                    () -> FreeText.line("name", "Haag" + invisible + "landen"));
            assertThat(refused.messageKey()).isEqualTo("error.text.invisible-character");
            assertThat(refused.arguments()).containsExactly(String.format("U+%04X", (int) invisible));
        }
        // a joiner or a variation selector shapes emoji and the letters of scripts that need it, and nothing else
        assertThat(FreeText.line("name", "Team 👩\u200d💻 \u2764\ufe0f")).isEqualTo("Team 👩\u200d💻 \u2764\ufe0f");
        assertThat(FreeText.line("name", "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"))
                .isEqualTo("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645");
        for (String stray : new String[] {"Probe T1\u200d Editie", "Editie\ufe0f", "Haag\u200clanden", "\u200dBron"}) {
            assertThat(catchThrowableOfType(InvalidInputException.class, () -> FreeText.line("title", stray)))
                    .as(stray).extracting(InvalidInputException::messageKey).isEqualTo("error.text.invisible-character");
        }
        assertThat(FreeText.withoutInvisible("1\u200d5\ufe0f")).isEqualTo("15");
    }

    @Test
    void aTextOfSpacesAndCharactersThatTakeNoRoomShowsNothing() {
        for (String nothing : new String[] {null, "", "   ", "\u200b\u200b ", "\u00a0\u00a0", "\ufeff\u2060\n\t",
                "\u202f\u2007\u3000", "\u200d", "\u3164", "\u2800 \u00ad", "\u115f\u1160\uffa0"}) {
            assertThat(FreeText.blank(nothing)).as("%s", nothing == null ? null : nothing.codePoints()
                    .mapToObj(c -> String.format("U+%04X", c)).toList()).isTrue();
            assertThat(FreeText.shownLength(nothing)).isZero();
        }
        assertThat(FreeText.blank("\u00a0x\u200b")).isFalse();
        assertThat(FreeText.shownLength("  Te\u200bkst  met\u00a0\u00a0ruimte \n")).isEqualTo(16);
        assertThat(FreeText.shownLength("Łódź 😀")).isEqualTo(6);
    }

    @Test
    void lineBreaksOfAnyMachineBecomeLineFeeds() {
        assertThat(FreeText.lineFeeds("Bron\r\nmet regels\rdrie\nvier")).isEqualTo("Bron\nmet regels\ndrie\nvier");
        assertThat(FreeText.lineFeeds(null)).isNull();
        assertThat(FreeText.lineFeeds("\r\n\r\n")).isEqualTo("\n\n");
    }

    @Test
    void textsThatReadTheSameCompareEqualInAnyCaseHoweverSpaced() {
        assertThat(FreeText.compared(" In\u00a0 Gebruik\t")).isEqualTo(FreeText.compared("in gebruik"))
                .isEqualTo("in gebruik");
        assertThat(FreeText.compared("IJSSELSTEIN")).isEqualTo("ijsselstein");
        assertThat(FreeText.compared("Hotel Zee")).isNotEqualTo(FreeText.compared("HotelZee"));
        // é typed as e and its accent is the é of the other
        assertThat(FreeText.compared("Cafe\u0301 Zeee\u0308n")).isEqualTo(FreeText.compared("Caf\u00e9 Zee\u00ebn"));
        assertThat(FreeText.line("name", "Cafe\u0301")).isEqualTo("Caf\u00e9");
    }

    @Test
    void aCitizenServiceNumberIsNoTextTheProductStores() {
        assertThat(List.of("Jan, BSN 111222333", "bsn: 1112.22.333", "111222333", "BSN-111222333", "#111222333",
                "111 222 333", "1112 22 333"))
                .allSatisfy(text -> assertThatThrownBy(() -> FreeText.checked("name", text))
                        .isInstanceOfSatisfying(InvalidInputException.class,
                                e -> assertThat(e.messageKey()).isEqualTo("error.text.bsn")));
        // nine digits failing the eleven test, or part of a longer number, a link or an amount, are text
        assertThat(List.of("zaak 111222334", "BAG 1783010000001234", "gmb-2024-111222333",
                "https://example.nl/111222333", "€ 111.222.333", "0612345678", "1112223330", "1 111 222 333"))
                .allSatisfy(text -> assertThat(FreeText.checked("name", text)).isEqualTo(text));
    }

    @Test
    void aDateOfBirthOrPeopleCountedByNationalityAreNoTextTheProductStores() {
        assertThat(List.of("Bewoner geboren 12-03-1985", "geb. 3 maart 1990", "Geboortedatum: 1985-03-12",
                "date of birth 12/03/1985", "DOB: 1 Jan 1990", "geb 12-03-1985", "geb.datum 12-03-1985",
                "geboren te Krakau op 12-03-1985", "born March 12, 1985", "geboren\u00a012-03-85",
                "born 12th March 1985", "born on 12 March, 1985", "Geboortedatum 12 maart '85", "geboren in 1985",
                "geboortejaar 1985", "birthday 12-03-1985"))
                .allSatisfy(text -> assertThatThrownBy(() -> FreeText.checked("note", text))
                        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e)
                                .extracting(InvalidInputException::field, InvalidInputException::messageKey)
                                .containsExactly("note", "error.text.birth-date")));
        assertThat(List.of("30 Polen en 12 Roemenen", "1.200 Roemeense werknemers", "40 Polish workers",
                "woont met 6 Oekra\u00efners", "6 Oekrai\u0308ners", "12 bulgaarse arbeidsmigranten",
                "30\u00a0Polen", "30 Poolse arbeidskrachten", "20 Duitsers", "dertig Polen", "Polen: 30",
                "15 Poolse mannen", "30 Polish nationals", "30 werknemers uit Polen", "Poolse werknemers: 30",
                "Romanians (30)", "Roemenen: dertig", "twee\u00ebntwintig Polen", "30 Poolse collega's",
                "Polen 30", "Roemenen - 12", "Poolse werknemers \u2013 30", "Bulgaren 1.200",
                "3000 Poolse nationaliteit", "nationaliteit Pools 3000", "3000 Pools, 1200 Roemeens", "Pools: 3000",
                "Polish: 3000", "3000 Polish, 1200 Romanian", "3000 uit Polen", "40 met de Roemeense nationaliteit",
                "12 of Polish nationality", "3000 mensen met de Poolse nationaliteit", "Poolse nationaliteit: 3000",
                "Polen: ca. 3000", "Poolse werknemers: ca. 3000", "300 Poolse en Roemeense werknemers",
                "3000 Poolse en 200 Roemeense", "30 Bulgaarse", "3000, of whom Polish", "300 Poolse inwoners",
                "300 inwoners uit Polen", "50 Polish citizens", "driehonderd Polen", "honderdvijftig Polen",
                "40% Polen", "40 procent Polen", "waarvan 40% Pools", "Polen: 30 werknemers",
                "Polen 30 man", "30 man uit Polen", "Roemenen: 12 koppen"))
                .allSatisfy(text -> assertThatThrownBy(() -> FreeText.checked("note", text))
                        .isInstanceOfSatisfying(InvalidInputException.class,
                                e -> assertThat(e.messageKey()).isEqualTo("error.text.nationality")));
        // a date that is no birth, a nationality that counts no people, a number of people without one, are text
        assertThat(List.of("geopend 12-03-2024", "vergunning geboren uit overleg", "3 Poolse uitzendbureaus",
                "geen registratie van nationaliteit", "30 werknemers", "Polen 2024: 30 bedden", "A12 Polen",
                "sinds 2019 Poolse werknemers gehuisvest", "Woning 2024 Poolse werknemers",
                "vergadering in Born 12-03-2025", "Poolse supermarkt ernaast", "opening 12-03-2025",
                "site has 2 pool tables", "we installed 4 poles for the fence", "2 maltese dogs", "Born 12-03-25",
                "Locaties in de kernen: 4\nDuitsers en Belgen wonen langs de grens", "geboren\n12-03-1985",
                "Het idee is geboren in 2019", "we verwacht Poolse werknemers",
                "Werkbezoek Polen 2024.", "Bezoek aan Polen 2023, met de gemeente", "taalles Nederlands 2 keer",
                "3 Poolse winkels", "2 French windows", "Frans: 06-12345678", "cursus Pools 2 avonden",
                "30 km uit Duitsland vandaan", "12 Spaans sprekende medewerkers", "bus naar Polen 2 keer per week",
                "Polen 2 weken vakantie", "Polish: 2 translators", "Romanian (1 interpreter)", "Pools: 2 vertalingen",
                "Italiaans: 4 gerechten", "Polish: translation available", "Duitse herder 2", "30 man personeel",
                "Polen 2 mannequins"))
                .allSatisfy(text -> assertThat(FreeText.checked("note", text)).isEqualTo(text));
    }
}
