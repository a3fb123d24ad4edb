package nl.arbeidsmigratie.regie.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Stored values as the audit trail and the histories show them. */
class DisplayValuesTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final DisplayValues values = new DisplayValues();

    @Test
    void datesAndMomentsAreWrittenAsThePagesWriteThem() {
        assertThat(values.text("2026-12-24", DUTCH)).isEqualTo("24-12-2026");
        assertThat(values.text("2026-12-24T17:00:00", DUTCH)).as("a meeting's local time").isEqualTo("24-12-2026 17:00");
        assertThat(values.text("2026-12-24T17:00", DUTCH)).isEqualTo("24-12-2026 17:00");
        assertThat(values.text("2026-07-01T10:00:00Z", DUTCH)).as("an instant, in Dutch time").isEqualTo("01-07-2026 12:00:00");
        assertThat(values.text("2026-13-45T17:00", DUTCH)).as("no moment at all").isEqualTo("2026-13-45T17:00");
    }

    @Test
    void numbersAndYesOrNoInThePagesLanguage() {
        assertThat(values.text("1234.5", DUTCH)).isEqualTo("1.234,5");
        assertThat(values.text("52.012345", DUTCH)).as("a stored coordinate, every decimal").isEqualTo("52,012345");
        assertThat(values.text("0.2727272727272727", DUTCH)).as("a share, to a coordinate's decimals").isEqualTo("0,272727");
        assertThat(values.text("true", DUTCH)).isEqualTo("Ja");
        assertThat(values.text("OPEN", DUTCH)).as("a poll's, a signal's or an edition's: the word they share")
                .isEqualTo("Open");
    }

    @Test
    void aLocationsPermitsInItsChangeLogAreWrittenItemByItemInWords() {
        assertThat(values.changed("permits", "VERHUURVERGUNNING OV-2026-001 2026-09-01 2027-12-31; OTHER X1", "location",
                DUTCH)).startsWith("Verhuurvergunning").contains(" · OV-2026-001 · 01-09-2026 · 31-12-2027; ")
                .doesNotContain("VERHUURVERGUNNING");
        assertThat(values.changed("name", "HOTEL 2026-09-01", "location", DUTCH)).as("a name stays as typed")
                .isEqualTo("HOTEL 2026-09-01");
    }

    @Test
    void aCodeSeveralKindsShareIsWrittenInTheWordsOfTheRecordsKind() {
        assertThat(values.text("CLOSED", "signal", DUTCH)).isEqualTo("Afgesloten");
        assertThat(values.text("LOCATIONS", "import", DUTCH)).isEqualTo("Locaties");
        assertThat(values.text("CLOSED", "location", DUTCH)).isEqualTo("Gesloten");
        assertThat(values.text("OPEN", "nothing-of-its-own", DUTCH)).isEqualTo("Open");
        assertThat(values.text("4", "signal", DUTCH)).isEqualTo("4");
    }

    @Test
    void aNameTwoAccountsShareOrThatReadsAsAnAddressComesWithTheAccountsAddress() {
        Map<String, String> shown = DisplayValues.told(Map.of(
                "anna@westland.example", "Anna de Vries",
                "coordinator@zuid-holland.example", "Coördinator Zuid-Holland",
                "nep@elders.example", " coördinator  zuid-holland",
                "adres@elders.example", "coordinator@zuid-holland.example"));
        assertThat(shown).containsEntry("anna@westland.example", "Anna de Vries")
                .containsEntry("coordinator@zuid-holland.example",
                        "Coördinator Zuid-Holland (coordinator@zuid-holland.example)")
                .containsEntry("nep@elders.example", " coördinator  zuid-holland (nep@elders.example)")
                .containsEntry("adres@elders.example", "coordinator@zuid-holland.example (adres@elders.example)");
    }

    @Test
    void anEstimateWithOneEndOnlyIsShownOpenNeverAsTheFigure() {
        assertThat(DisplayValues.openRange("80.000", "", 80_000, null, " – ")).isEqualTo("≥ 80.000");
        assertThat(DisplayValues.openRange("", "400", null, 400, " – ")).isEqualTo("≤ 400");
        assertThat(DisplayValues.openRange("50%", "75%", 0.5, 0.75, " – ")).isEqualTo("50% – 75%");
        assertThat(DisplayValues.openRange("51%", "51%", 0.512, 0.514, " – ")).as("the same when written").isEqualTo("51%");
        assertThat(DisplayValues.openRange("", "", null, null, " – ")).isEmpty();
    }
}
