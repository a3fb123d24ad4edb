package nl.arbeidsmigratie.regie.web.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** After signing in, only a page of this application is a place to return to; anything else leads home. */
class LoginReturnTest {

    @Test
    void aPageOfThisApplicationIsReturnedTo() {
        assertThat(LoginBacking.returnPage("/circle.xhtml")).isEqualTo("/circle.xhtml");
        assertThat(LoginBacking.returnPage("/app/monitoring/counts.xhtml?municipality=GM0503"))
                .isEqualTo("/app/monitoring/counts.xhtml?municipality=GM0503");
    }

    @Test
    void anythingElseLeadsHome() {
        for (String elsewhere : new String[] {null, "", "https://evil.example/app/home.xhtml", "//evil.example/a.xhtml",
                "/\\evil.example/a.xhtml", "javascript:alert(1)", "/app/../../etc/passwd.xhtml", "/circle.xhtml\r\nX: y",
                "/circle.xhtml?next=https://evil.example", "app/home.xhtml", "/circle.html"}) {
            assertThat(LoginBacking.returnPage(elsewhere)).as(elsewhere).isEqualTo("/app/home.xhtml");
        }
    }
}
