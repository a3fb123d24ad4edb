package nl.arbeidsmigratie.regie.web.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** After signing in, only a page of this application is a place to return to; anything else leads home. */
class LoginReturnTest {

    @Test
    void aPageOfThisApplicationIsReturnedTo() {
        assertThat(LoginBacking.returnPage("/circle.xhtml")).isEqualTo("/circle.xhtml");
        for (String page : new String[] {"/app/monitoring/counts.xhtml?municipality=GM0503",
                "/app/monitoring/dashboard.xhtml?region=Holland+Rijnland&date=2025-06-30&asKnownOn=2026-01-01T12:00:00",
                "/app/registration/mail-log.xhtml?to=guest+one"}) {
            assertThat(LoginBacking.returnPage(page)).as(page).isEqualTo(page);
        }
    }

    @Test
    void anythingElseLeadsHome() {
        for (String elsewhere : new String[] {null, "", "https://evil.example/app/home.xhtml", "//evil.example/a.xhtml",
                "/\\evil.example/a.xhtml", "javascript:alert(1)", "/app/../../etc/passwd.xhtml", "/circle.xhtml\r\nX: y",
                "/circle.xhtml?a=\"b\"", "/circle.xhtml?a=<b>", "app/home.xhtml", "/circle.html",
                "/app/sessions/meeting.ics?id=2"}) {
            assertThat(LoginBacking.returnPage(elsewhere)).as(elsewhere).isEqualTo("/app/home.xhtml");
        }
    }
}
