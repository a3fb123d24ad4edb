package nl.arbeidsmigratie.regie.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionIdsInAddressesTest {

    @Test
    void anAddressLosesItsSessionIdAndStaysOnThisSite() {
        assertThat(SessionIdsInAddresses.withoutSessionId("/app/home.xhtml;jsessionid=abc123"))
                .contains("/app/home.xhtml");
        assertThat(SessionIdsInAddresses.withoutSessionId("/regie/app/x.xhtml;JSESSIONID=abc;foo=1"))
                .contains("/regie/app/x.xhtml;foo=1");
        assertThat(SessionIdsInAddresses.withoutSessionId("/login.xhtml;jsessionid%3Dabc"))
                .as("the equals sign encoded, as the container reads it too").contains("/login.xhtml");
        // two slashes (or a backslash) at the start would name another host
        assertThat(SessionIdsInAddresses.withoutSessionId("//evil.example/phish;jsessionid=x"))
                .contains("/evil.example/phish");
        assertThat(SessionIdsInAddresses.withoutSessionId("/\\evil.example/phish;jsessionid=x"))
                .contains("/evil.example/phish");
    }

    @Test
    void whatTheContainerTookTheIdOutOfAlreadyStaysAsItIsAndWhatIsNoPathIsRefused() {
        assertThat(SessionIdsInAddresses.withoutSessionId("/login.xhtml")).contains("/login.xhtml");
        assertThat(SessionIdsInAddresses.withoutSessionId("")).isEmpty();
        assertThat(SessionIdsInAddresses.withoutSessionId("evil.example;jsessionid=x")).isEmpty();
    }
}
