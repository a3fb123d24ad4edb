package nl.arbeidsmigratie.regie.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoClockTest {

    @Test
    void quarterEndsCountBackFromTheLastQuarterThatEnded() {
        DemoClock clock = new DemoClock(java.time.LocalDate.of(2026, 12, 1));
        assertThat(clock.quarterEnd(0)).isEqualTo("2026-09-30");
        assertThat(clock.quarterEnd(11)).isEqualTo("2023-12-31");
    }
}
