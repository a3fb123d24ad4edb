package nl.arbeidsmigratie.regie.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DutchDatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"1-12-2026", "01-12-2026", "1/12/2026", "1.12.2026", "01122026", "2026-12-01",
        "1 december 2026", "1 December 2026", "1 dec 2026", "1 dec. 2026", "1dec2026", " 1  december   2026 ",
        "1-dec-2026", "01-Dec-2026", "1/dec/2026", "1-dec.-2026", "20261201"})
    void theCommonDutchWaysOfTypingADateAreUnderstood(String typed) {
        assertThat(DutchDates.parseDate(typed)).contains(LocalDate.of(2026, 12, 1));
    }

    @Test
    void eightDigitsAreDayFirstUnlessThatGivesAYearBefore1900() {
        assertThat(DutchDates.parseDate("20122026")).contains(LocalDate.of(2026, 12, 20));
        assertThat(DutchDates.parseDate("19071999")).contains(LocalDate.of(1999, 7, 19));
        assertThat(DutchDates.parseDate("20240301")).contains(LocalDate.of(2024, 3, 1));
        assertThat(DutchDates.parseDate("20240230")).isEmpty();
        assertThat(DutchDates.shapedLikeDate("20240230")).as("a day that does not exist, said so").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "morgen", "31-02-2026", "12-31-2026", "1 decembre 2026", "2026", "1-12-26",
        "1-12-2026 14:30"})
    void whatIsNoDateIsNotTakenForOne(String typed) {
        assertThat(DutchDates.parseDate(typed)).isEmpty();
    }

    @Test
    void aWeekdayBeforeTheDateAsASpreadsheetsLongDateWritesItMustBeTheDates() {
        assertThat(List.of("zondag 1 maart 2026", "Zo 1 mrt 2026", "Sunday, 1 March 2026", "zo. 01-03-2026"))
                .allSatisfy(typed -> assertThat(DutchDates.parseDate(typed)).as(typed)
                        .contains(LocalDate.of(2026, 3, 1)));
        assertThat(List.of("zondag\u00a01 maart 2026", "Sunday, March 1, 2026", "March 1 2026"))
                .allSatisfy(typed -> assertThat(DutchDates.parseDate(typed)).as(typed)
                        .contains(LocalDate.of(2026, 3, 1)));
        assertThat(DutchDates.parseDate("maandag 1 maart 2026")).as("one of the two is mistyped").isEmpty();
        assertThat(DutchDates.weekdayContradicts("maandag 1 maart 2026")).isTrue();
        assertThat(DutchDates.weekdayContradicts("zondag 1 maart 2026")).isFalse();
        assertThat(DutchDates.weekdayContradicts("maandag 31 februari 2026")).as("no such day, whatever weekday")
                .isFalse();
        assertThat(DutchDates.shapedLikeDate("maandag 1 maart 2026")).isTrue();
        assertThat(DutchDates.parseDate("morgen 1 maart 2026")).isEmpty();
        assertThat(DutchDates.parseMoment("zondag 1 maart 2026 14:30", java.time.LocalTime.MIDNIGHT))
                .contains(LocalDate.of(2026, 3, 1).atTime(14, 30));
    }

    @Test
    void aDayThatDoesNotExistIsToldApartFromTextThatIsNoDate() {
        assertThat(List.of("31-02-2026", "2026-13-01", "30 februari 2026", "00-12-2026"))
                .allSatisfy(typed -> assertThat(DutchDates.shapedLikeDate(typed)).as(typed).isTrue());
        assertThat(List.of("morgen", "1 decembre 2026", "2026", "1-12-26"))
                .allSatisfy(typed -> assertThat(DutchDates.shapedLikeDate(typed)).as(typed).isFalse());
    }

    @Test
    void aMomentOnADayThatDoesNotExistIsToldApartFromTextThatIsNoMoment() {
        assertThat(List.of("31-04-2027 10:00", "29-02-2025", "2026-02-30T09:00"))
                .allSatisfy(typed -> assertThat(DutchDates.onNoSuchDay(typed)).as(typed).isTrue());
        assertThat(List.of("1-12-2026 14:30", "1-12-2026 25:00", "morgen om tien", "31-04"))
                .allSatisfy(typed -> assertThat(DutchDates.onNoSuchDay(typed)).as(typed).isFalse());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1-12-2026 14:30", "01-12-2026 14:30:00", "2026-12-01T14:30", "1 dec 2026 14.30"})
    void aMomentIsADateWithAnOptionalTime(String typed) {
        assertThat(DutchDates.parseMoment(typed, LocalTime.MIDNIGHT)).contains(LocalDateTime.of(2026, 12, 1, 14, 30));
    }

    @Test
    void aDateIsShownOneWay() {
        assertThat(DutchDates.format(LocalDate.of(2026, 12, 1))).isEqualTo("01-12-2026");
        assertThat(DutchDates.parseMoment("1-12-2026", LocalTime.MIDNIGHT)).contains(LocalDateTime.of(2026, 12, 1, 0, 0));
        assertThat(DutchDates.parseMoment("1-12-2026", LocalTime.of(23, 59))).contains(LocalDateTime.of(2026, 12, 1, 23, 59));
        assertThat(DutchDates.parseMoment("1-12-2026 25:00", LocalTime.NOON)).isEmpty();
    }
}
