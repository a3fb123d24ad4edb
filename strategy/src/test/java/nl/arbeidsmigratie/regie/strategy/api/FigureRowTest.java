package nl.arbeidsmigratie.regie.strategy.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Frozen figures are written for people as the pages write every other number and date. */
class FigureRowTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private static String written(String value, Locale locale) {
        return new FigureRow("figures.count.estimate", value, "bron").valueIn(locale);
    }

    @Test
    void wholeNumbersAndRangesGetThousandsSeparatorsInTheLanguage() {
        assertThat(written("3250", DUTCH)).isEqualTo("3.250");
        assertThat(written("2500–3100", DUTCH)).isEqualTo("2.500–3.100");
        assertThat(written("2500–3100", Locale.ENGLISH)).isEqualTo("2,500–3,100");
        assertThat(written("12", DUTCH)).isEqualTo("12");
        assertThat(written("68%–84%", DUTCH)).isEqualTo("68%–84%");
        assertThat(written("99999999999999999999999", DUTCH)).isEqualTo("99.999.999.999.999.999.999.999");
    }

    @Test
    void aDateIsWrittenDayFirstAndOtherTextIsLeftAlone() {
        assertThat(written("2026-12-01", DUTCH)).isEqualTo("01-12-2026");
        assertThat(written("2020-04-01", Locale.ENGLISH)).as("as the English pages write dates")
                .isEqualTo("1 Apr 2020");
        assertThat(written("12.5", DUTCH)).isEqualTo("12.5");
        assertThat(written("1234.5", DUTCH)).isEqualTo("1234.5");
        assertThat(written(null, DUTCH)).isEmpty();
    }

    @Test
    void aDateFrozenIntoASourceIsWrittenInTheReadersLanguage() {
        FigureRow agreed = new FigureRow("figures.fair-share.agreed", "2000",
                "Taakstelling (Haaglanden, " + FigureRow.written(java.time.LocalDate.of(2013, 6, 1)) + ", v2)");
        assertThat(agreed.sourceIn(DUTCH)).isEqualTo("Taakstelling (Haaglanden, 01-06-2013, v2)");
        assertThat(agreed.sourceIn(Locale.ENGLISH)).isEqualTo("Taakstelling (Haaglanden, 1 Jun 2013, v2)");
        assertThat(new FigureRow("l", "1", "zaak 2024-01-0001 en 31-02-2024").sourceIn(Locale.ENGLISH))
                .isEqualTo("zaak 2024-01-0001 en 31-02-2024");
    }
}
