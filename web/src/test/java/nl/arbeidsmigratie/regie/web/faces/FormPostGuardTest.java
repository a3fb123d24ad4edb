package nl.arbeidsmigratie.regie.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormPostGuardTest {

    @Test
    void theLinkToOpenTheRefusedPageAgainStaysOnThisSite() {
        assertThat(FormPostGuard.pageAgain("/app/locations.xhtml", "")).isEqualTo("/app/locations.xhtml");
        assertThat(FormPostGuard.pageAgain("//evil.example/login.xhtml", "")).isEqualTo("/evil.example/login.xhtml");
        assertThat(FormPostGuard.pageAgain("/\\evil.example/login.xhtml", "")).isEqualTo("/evil.example/login.xhtml");
        assertThat(FormPostGuard.pageAgain("login.xhtml", "/regie")).isEqualTo("/regie/");
    }
}
