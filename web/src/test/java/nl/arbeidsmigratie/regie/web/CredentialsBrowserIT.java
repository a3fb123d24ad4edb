package nl.arbeidsmigratie.regie.web;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import nl.arbeidsmigratie.regie.testing.BrowserSession;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Old credentials do not live on: one person signed in in several browsers changes the password in one; another
 * browser's next page load lands on the login page, and so does an ajax click on a page left open in a third,
 * while the browser that made the change stays signed in.
 */
@ExtendWith(ArquillianExtension.class)
class CredentialsBrowserIT {

    private static final String NEW_PASSWORD = "een heel nieuw wachtwoord";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private final String email = "two-browsers." + UUID.randomUUID() + "@credentials.example";

    /** An officer of Westland with the demo officer's password, so both browsers can sign in. */
    @BeforeEach
    void anOfficerWithTwoBrowsers() throws Exception {
        try (Connection db = TestDatabase.connect();
             PreparedStatement insert = db.prepareStatement("insert into registration.account (email, display_name, "
                     + "password_hash, role, municipality_code) select ?, 'Twee Browsers', password_hash, role, "
                     + "municipality_code from registration.account where email = ?")) {
            insert.setString(1, email);
            insert.setString(2, DEMO_OFFICER.email());
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
    }

    @AfterEach
    void removeTheOfficer() throws Exception {
        try (Connection db = TestDatabase.connect();
             PreparedStatement delete = db.prepareStatement("delete from registration.account where email = ?")) {
            delete.setString(1, email);
            delete.executeUpdate();
        }
    }

    @Test
    void changingThePasswordInOneBrowserEndsTheSessionInTheOther() {
        try (BrowserSession changing = new BrowserSession(base); BrowserSession other = new BrowserSession(base);
             BrowserSession leftOpen = new BrowserSession(base)) {
            changing.signIn(email, DEMO_OFFICER.password());
            other.signIn(email, DEMO_OFFICER.password());
            leftOpen.signIn(email, DEMO_OFFICER.password());
            leftOpen.open("app/registration/profile.xhtml");
            leftOpen.until(ExpectedConditions.presenceOfElementLocated(By.id("tokens:name")));

            changing.open("app/registration/profile.xhtml");
            changing.type("password:currentPassword", DEMO_OFFICER.password());
            changing.type("password:newPassword", NEW_PASSWORD);
            changing.type("password:repeatPassword", NEW_PASSWORD);
            changing.click(By.id("password:change"));
            changing.waitForText("messages", "Uw wachtwoord is gewijzigd.");

            other.open("app/home.xhtml");
            other.until(ExpectedConditions.urlContains("login.xhtml?ended=1&next="));
            assertThat(other.text(By.tagName("h1"))).isEqualTo("Inloggen");
            assertThat(other.text(By.id("session-ended"))).as("told why, on a page opened anew too")
                    .startsWith("Uw sessie is beëindigd");
            other.open("app/registration/profile.xhtml");
            other.until(ExpectedConditions.urlContains("login.xhtml"));

            leftOpen.type("tokens:name", "Na de wijziging");
            leftOpen.click(By.id("tokens:create"));
            leftOpen.until(ExpectedConditions.urlContains("login.xhtml"));
            assertThat(leftOpen.text(By.tagName("h1"))).as("an ajax click on a page left open, too")
                    .isEqualTo("Inloggen");

            changing.open("app/home.xhtml");
            assertThat(changing.driver().getCurrentUrl()).as("the browser that changed it stays signed in")
                    .contains("app/home.xhtml");
            changing.open("app/registration/profile.xhtml");
            assertThat(changing.driver().getCurrentUrl()).contains("app/registration/profile.xhtml");
            changing.until(ExpectedConditions.presenceOfElementLocated(By.id("password:currentPassword")));

            other.signIn(email, NEW_PASSWORD);
            assertThat(other.driver().getCurrentUrl()).contains("app/home.xhtml");
        }
    }

    @Test
    void anOfficerWhoseAccountIsDeactivatedWhileSignedInIsToldWhy() throws Exception {
        try (BrowserSession officer = new BrowserSession(base)) {
            officer.signIn(email, DEMO_OFFICER.password());
            try (Connection db = TestDatabase.connect(); PreparedStatement deactivate = db.prepareStatement(
                    "update registration.account set active = false where email = ?")) {
                deactivate.setString(1, email);
                assertThat(deactivate.executeUpdate()).isEqualTo(1);
            }
            officer.open("app/registration/profile.xhtml");
            officer.until(ExpectedConditions.urlContains("login.xhtml?ended=deactivated"));
            assertThat(officer.text(By.id("account-deactivated"))).startsWith("Uw account is gedeactiveerd");
        }
    }
}
