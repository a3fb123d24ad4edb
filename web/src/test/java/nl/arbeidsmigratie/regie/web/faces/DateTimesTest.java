package nl.arbeidsmigratie.regie.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DateTimesTest {

    @Test
    void asKnownOnAPickedSecondTakesInWhatHappenedWithinItAndNothingAfter() {
        // 07:32:10 in Amsterdam in winter is 06:32:10 UTC
        Instant moment = DateTimes.asKnownOn(LocalDateTime.of(2026, 12, 5, 7, 32, 10));
        assertThat(moment).isAfter(Instant.parse("2026-12-05T06:32:10.999Z"))
                .isBefore(Instant.parse("2026-12-05T06:32:11Z"));
        // a version recorded at 07:32:31 is not known yet at 07:32:10
        assertThat(Instant.parse("2026-12-05T06:32:31Z")).isAfter(moment);
    }

    @Test
    void asKnownOnNothingPickedIsNow() {
        Instant before = Instant.now();
        assertThat(DateTimes.asKnownOn(null)).isBetween(before, Instant.now());
    }

    @Test
    void todaysDateAloneIsNowAndOnlyALaterMomentIsStillToCome() {
        java.time.LocalDate today = java.time.LocalDate.now(nl.arbeidsmigratie.regie.platform.api.DutchTime.ZONE);
        assertThat(DateTimes.stillToCome(today.atTime(23, 59, 59))).as("as a picker ends a date typed alone").isFalse();
        assertThat(DateTimes.stillToCome(today.plusDays(1).atTime(23, 59, 59))).isTrue();
        assertThat(DateTimes.stillToCome(today.minusDays(1).atTime(12, 0))).isFalse();
        assertThat(DateTimes.stillToCome(null)).isFalse();
    }

    @Test
    void aMomentInPartsIsItsDateAndItsTimeInDutchLocalTime() {
        DateTimes dates = new DateTimes();
        assertThat(dates.minutesParts(Instant.parse("2026-12-05T06:32:10Z"))).containsExactly("05-12-2026", "07:32");
        assertThat(String.join(" ", dates.minutesParts(Instant.parse("2026-07-01T22:15:00Z"))))
                .isEqualTo(dates.minutes(Instant.parse("2026-07-01T22:15:00Z")));
        assertThat(dates.minutesParts(null)).isEmpty();
    }
}
