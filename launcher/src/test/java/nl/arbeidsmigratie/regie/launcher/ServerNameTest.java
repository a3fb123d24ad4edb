package nl.arbeidsmigratie.regie.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerNameTest {

    @Test
    void theAddressUsersReachTheApplicationAtIsNamedWithItsPortAndNothingUnreadableIs() {
        assertThat(Launcher.serverName("https://regie.example.nl/")).isEqualTo("regie.example.nl:443");
        assertThat(Launcher.serverName("http://regie.example.nl/")).isEqualTo("regie.example.nl:80");
        assertThat(Launcher.serverName("http://localhost:18080/")).isEqualTo("localhost:18080");
        assertThat(Launcher.serverName("https://[::1]:8443/")).isEqualTo("[::1]:8443");
        assertThat(Launcher.serverName("")).isNull();
        assertThat(Launcher.serverName("regie.example.nl")).isNull();
        assertThat(Launcher.serverName("http://exa mple/")).isNull();
    }
}
