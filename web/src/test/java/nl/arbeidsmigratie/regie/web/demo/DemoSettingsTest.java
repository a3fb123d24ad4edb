package nl.arbeidsmigratie.regie.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Demo data comes only with demo accounts: asked for on a database with real accounts, it is refused. */
class DemoSettingsTest {

    @Test
    void demoDataIsOnOnlyTogetherWithDemoAccounts() {
        assertThat(settings(true, true).isOn()).isTrue();
        assertThat(settings(false, true).isOn()).isFalse();
        assertThat(settings(false, true).isRefused()).isTrue();
        assertThat(settings(true, false).isOn()).isFalse();
        assertThat(settings(true, false).isRefused()).isFalse();
        assertThat(settings(false, false).isOn()).isFalse();
    }

    @Test
    void quarterEndsCountBackFromTheLastQuarterThatEnded() {
        DemoClock clock = new DemoClock(java.time.LocalDate.of(2026, 12, 1));
        assertThat(clock.quarterEnd(0)).isEqualTo("2026-09-30");
        assertThat(clock.quarterEnd(11)).isEqualTo("2023-12-31");
    }

    private static DemoSettings settings(boolean demoAccounts, boolean demoData) {
        DemoSettings settings = new DemoSettings();
        settings.demoAccounts = demoAccounts;
        settings.demoData = demoData;
        return settings;
    }
}
