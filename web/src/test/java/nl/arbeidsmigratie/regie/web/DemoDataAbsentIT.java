package nl.arbeidsmigratie.regie.web;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import nl.arbeidsmigratie.regie.testing.BrowserSession;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The test deployment has demo accounts but not the demo data setting: nothing of the demo data set is loaded and
 * no page shows the demo band (the run command's side is proven by the launcher's RunCommandDemoIT).
 */
@ExtendWith(ArquillianExtension.class)
class DemoDataAbsentIT {

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void withoutTheDemoDataSettingNothingIsLoadedAndNoPageShowsTheBand() throws Exception {
        try (Connection c = TestDatabase.connect(); ResultSet rs = c.createStatement().executeQuery(
                "select (select count(*) from platform.durable_marker where name = 'demo-data'),"
                        + " (select count(*) from monitoring.housing_location l join monitoring.location_version v"
                        + " on v.location_id = l.id where v.name like '%voorbeeldgegevens%')")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
            assertThat(rs.getInt(2)).isZero();
        }
        try (BrowserSession coordinator = new BrowserSession(base)) {
            coordinator.signIn(DEMO_COORDINATOR.email(), DEMO_COORDINATOR.password());
            assertThat(coordinator.driver().findElements(By.id("demo-band"))).isEmpty();
        }
    }
}
