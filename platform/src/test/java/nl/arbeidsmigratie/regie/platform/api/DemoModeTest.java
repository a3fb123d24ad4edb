package nl.arbeidsmigratie.regie.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Demo data comes only with demo accounts: asked for on a database with real accounts, it is refused. */
class DemoModeTest {

    @Test
    void demoDataIsOnOnlyTogetherWithDemoAccounts() {
        assertThat(mode(true, true).isData()).isTrue();
        assertThat(mode(false, true).isData()).isFalse();
        assertThat(mode(false, true).isDataRefused()).isTrue();
        assertThat(mode(true, false).isData()).isFalse();
        assertThat(mode(true, false).isDataRefused()).isFalse();
        assertThat(mode(true, false).isAccounts()).isTrue();
        assertThat(mode(false, false).isData()).isFalse();
        assertThat(mode(false, false).isAccounts()).isFalse();
    }

    private static DemoMode mode(boolean accounts, boolean data) {
        DemoMode mode = new DemoMode();
        mode.accounts = accounts;
        mode.data = data;
        return mode;
    }
}
