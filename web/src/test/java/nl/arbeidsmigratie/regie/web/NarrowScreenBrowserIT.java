package nl.arbeidsmigratie.regie.web;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import nl.arbeidsmigratie.regie.testing.BrowserSession;
import nl.arbeidsmigratie.regie.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The main pages on a phone 390 pixels wide: the page itself never scrolls sideways (a wide table scrolls inside its
 * own frame), and links side by side in a table cell keep a visible gap between them.
 */
@ExtendWith(ArquillianExtension.class)
class NarrowScreenBrowserIT {

    private static final List<String> PAGES = List.of("app/monitoring/locations.xhtml",
            "app/monitoring/counts.xhtml", "app/registration/audit.xhtml", "app/registration/enrolments.xhtml",
            "app/registration/municipalities.xhtml");

    /** Pairs of links or buttons in one table cell on one line with less than 4 pixels between them. */
    private static final String CRAMPED_LINKS = """
            const cramped = [];
            for (const cell of document.querySelectorAll('td')) {
                const links = [...cell.querySelectorAll('a, button')].filter(l => l.getClientRects().length > 0);
                for (let i = 1; i < links.length; i++) {
                    const a = links[i - 1].getBoundingClientRect(), b = links[i].getBoundingClientRect();
                    const sameLine = a.top < b.bottom && b.top < a.bottom;
                    if (sameLine && b.left - a.right < 4 && a.left - b.right < 4) {
                        cramped.push(links[i - 1].textContent.trim() + ' | ' + links[i].textContent.trim());
                    }
                }
            }
            return cramped;""";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void theMainPagesFitAPhoneAndLinksInTablesKeepApart() {
        try (BrowserSession coordinator = new BrowserSession(base)) {
            coordinator.signIn(DEMO_COORDINATOR.email(), DEMO_COORDINATOR.password());
            coordinator.driver().manage().window().setSize(new Dimension(390, 844));
            JavascriptExecutor js = (JavascriptExecutor) coordinator.driver();
            assertThat(((Number) js.executeScript("return window.innerWidth;")).intValue())
                    .as("the viewport of the phone").isLessThanOrEqualTo(400);
            for (String page : PAGES) {
                coordinator.open(page);
                coordinator.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-datatable")));
                long overflow = (Long) js.executeScript(
                        "return document.documentElement.scrollWidth - window.innerWidth;");
                assertThat(overflow).as("%s scrolls sideways by %d pixels", page, overflow).isLessThanOrEqualTo(0);
                assertThat((List<?>) js.executeScript(CRAMPED_LINKS)).as("links run together on %s", page).isEmpty();
            }
        }
    }
}
