package nl.arbeidsmigratie.regie.web;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.arbeidsmigratie.regie.testing.BrowserSession;
import nl.arbeidsmigratie.regie.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The dashboard through the browser: the gap chart of a region and a fair-share agreement against realised; and
 * the regional picture's REST endpoint, on the same deployment.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardBrowserIT {

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aCoordinatorSeesTheGapChartAndRecordsTheHaaglandenAgreement() throws Exception {
        // Pijnacker-Nootdorp is left to this test: an estimate of 1200–1500 and one site of 40 beds holding 30.
        HttpResponse<String> counted = Http.postJson(URI.create(base + "api/v1/counts"), DEMO_COORDINATOR.email(),
                "{\"municipalityCode\":\"GM1926\",\"referenceDate\":\"2025-01-01\","
                        + "\"estimateMin\":1200,\"estimateMax\":1500,\"source\":\"Schatting (voorbeeldgegevens)\","
                        + "\"definition\":\"LIVING_IN\",\"shortStayMonths\":4,\"longStayMonths\":12}");
        assertThat(counted.statusCode()).as(counted.body()).isEqualTo(201);
        HttpResponse<String> located = Http.postJson(URI.create(base + "api/v1/locations"), DEMO_COORDINATOR.email(),
                "{\"municipalityCode\":\"GM1926\",\"name\":\"Kassencomplex (voorbeeldgegevens)\","
                        + "\"address\":{\"street\":\"Oostweg\",\"houseNumber\":\"1\",\"postcode\":\"2641 AA\","
                        + "\"place\":\"Pijnacker\"},\"housingForm\":\"HOUSING_UNITS\",\"status\":\"ACTIVE\","
                        + "\"facilities\":{\"beds\":40,\"floorArea\":600,\"bedrooms\":20,\"toilets\":8,\"showers\":8}}");
        assertThat(located.statusCode()).as(located.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"locationId\":(\\d+)").matcher(located.body());
        assertThat(id.find()).isTrue();
        assertThat(Http.postJson(URI.create(base + "api/v1/locations/" + id.group(1) + "/occupancy"),
                DEMO_COORDINATOR.email(), "{\"referenceDate\":\"2025-02-01\",\"persons\":30}").statusCode()).isEqualTo(201);

        try (BrowserSession coordinator = new BrowserSession(base)) {
            coordinator.signIn(DEMO_COORDINATOR.email(), DEMO_COORDINATOR.password());
            coordinator.click(By.id("nav-dashboard"));
            coordinator.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='dashboard:gapChart'] canvas")));
            assertThat(coordinator.text(By.id("dashboard:region_label"))).isEqualTo("Haaglanden");
            assertThat(coordinator.text(By.id("dashboard:gap-table_data"))).contains("Westland").contains("Delft");
            // the province's regions add up in a row of their own, as the region's municipalities do
            assertThat(coordinator.text(By.cssSelector("[id='dashboard:region-table'] tfoot"))).startsWith("Provincie totaal");
            assertThat(coordinator.text(By.xpath(
                    "//tbody[@id='dashboard:gap-table_data']/tr[contains(., 'Pijnacker-Nootdorp')]")))
                    .contains("1.200 – 1.500").containsPattern("(^|\\s)40(\\s|$)").containsPattern("(^|\\s)30(\\s|$)");
            // the chart writes numbers as the page does and points to the table that holds its figures
            JavascriptExecutor js = (JavascriptExecutor) coordinator.driver();
            coordinator.until(d -> js.executeScript("return Chart.getChart(document.querySelector("
                    + "\"[id='dashboard:gapChart'] canvas\")) != null;"));
            assertThat(js.executeScript("return Chart.getChart(document.querySelector(\"[id='dashboard:gapChart'] "
                    + "canvas\")).scales.y.getLabelForValue(4500);")).isEqualTo("4.500");
            assertThat(js.executeScript("return PrimeFaces.getWidgetById('dashboard:gapChart').cfg.config.options"
                    + ".plugins.tooltip.callbacks.label({raw: [1200, 1500], dataset: {label: 'Schatting'}});"))
                    .isEqualTo("Schatting: 1.200 – 1.500");
            assertThat(js.executeScript("return PrimeFaces.getWidgetById('dashboard:gapChart').cfg.config.options"
                    + ".plugins.tooltip.callbacks.label({raw: [80000, 80000, 'open-top'], dataset: {label: 'Schatting'}});"))
                    .as("more than 80,000").isEqualTo("Schatting: ≥ 80.000");
            assertThat(js.executeScript("return PrimeFaces.getWidgetById('dashboard:gapChart').cfg.config.options"
                    + ".animation;")).as("drawn at once for a browser that asks for less motion").isEqualTo(false);
            assertThat(coordinator.driver().findElement(By.cssSelector("[id='dashboard:gapChart'] canvas"))
                    .getAttribute("aria-label")).contains("De cijfers staan in de tabel hieronder.");
            // a logarithmic scale, asked for, shows small and large side by side; the linear one comes back
            String scale = "return Chart.getChart(document.querySelector(\"[id='dashboard:gapChart'] canvas\"))"
                    + ".scales.y.type;";
            assertThat(js.executeScript(scale)).isEqualTo("linear");
            coordinator.click(By.id("gapChartLogarithmic"));
            coordinator.until(d -> "logarithmic".equals(js.executeScript(scale)));
            coordinator.click(By.id("gapChartLogarithmic"));
            coordinator.until(d -> "linear".equals(js.executeScript(scale)));

            coordinator.click(By.id("dashboard:newAgreement"));
            coordinator.type("agreementForm:title", "Haaglanden 2013 (voorbeeldgegevens)");
            coordinator.type("agreementForm:total_input", "6000");
            coordinator.type("agreementForm:agreedOn_input", "2013-01-01");
            coordinator.click(By.id("agreementForm:save"));
            coordinator.waitForText("agreementForm:formMessages", "Vul de termijn in.");

            coordinator.type("agreementForm:deadline_input", "2020-12-31");
            coordinator.type(shareInput(coordinator, "GM0518"), "2000");
            coordinator.type(shareInput(coordinator, "GM1783"), "2000");
            coordinator.click(By.id("agreementForm:save"));
            coordinator.waitForText("dashboard:fair-share-table_data", "Westland");
            assertThat(coordinator.text(By.id("dashboard:fair-share-table_data")))
                    .contains("'s-Gravenhage").contains("Westland").contains("Overige gemeenten samen").contains("2.000");
            coordinator.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("[id='dashboard:fairShareChart'] canvas")));
            // where each stands today leads; the years since the agreement fold out, the latest first
            assertThat(coordinator.text(By.id("dashboard:fair-share-table")))
                    .contains("Nog te realiseren").contains("Gerealiseerd deel").doesNotContain("01-01-2014");
            coordinator.click(By.cssSelector("#fair-share-years > summary"));
            String years = coordinator.text(By.id("dashboard:fair-share-years-table"));
            assertThat(years.indexOf("01-01-2014")).isPositive().isLessThan(years.indexOf("01-01-2013"));

            // a revision keeps the earlier version: asked for, the versions say what each agreed and why it changed
            assertThat(coordinator.driver().findElements(By.id("dashboard:showVersions"))).as("one version").isEmpty();
            coordinator.click(By.id("dashboard:reviseAgreement"));
            coordinator.type("agreementForm:total_input", "6500");
            coordinator.type("agreementForm:reason", "Convenant met de tuinbouw (voorbeeldgegevens)");
            coordinator.click(By.id("agreementForm:save"));
            coordinator.waitForText("agreementTerms", "6.500");
            // and where the region stands as a whole, below its municipalities
            assertThat(coordinator.text(By.cssSelector("[id='dashboard:fair-share-table'] tfoot")))
                    .startsWith("Regio totaal").contains("6.500");
            coordinator.click(By.id("dashboard:showVersions"));
            coordinator.waitForText("dashboard:agreementVersions", "Versies van deze taakstelling");
            String versions = coordinator.text(By.id("dashboard:agreementVersions"));
            assertThat(versions).contains("Versies van deze taakstelling",
                    "Reden: Convenant met de tuinbouw (voorbeeldgegevens)", "Westland 2.000", "'s-Gravenhage 2.000");
            assertThat(versions.indexOf("Versie 2")).isNotNegative().isLessThan(versions.indexOf("Versie 1"));
            assertThat(versions.substring(versions.indexOf("Versie 1"))).contains("6.000 plaatsen")
                    .doesNotContain("Reden:");

            // a date typed, not picked, shows the picture of that date: the site registered today had no beds then
            By pijnacker = By.xpath("//tbody[@id='dashboard:gap-table_data']/tr[contains(., 'Pijnacker-Nootdorp')]");
            coordinator.type("dashboard:date_input", "01-01-2000");
            coordinator.driver().findElement(By.id("dashboard:date_input")).sendKeys(Keys.TAB);
            coordinator.until(d -> !d.findElement(pijnacker).getText().matches("(?s).*(^|\\s)40(\\s|$).*"));
            assertThat(coordinator.text(pijnacker)).doesNotContain("1.200");

            // a date that does not exist is said so, and no figures stand under it as if they were its figures
            coordinator.type("dashboard:date_input", "31-02-2019");
            coordinator.driver().findElement(By.id("dashboard:date_input")).sendKeys(Keys.TAB);
            coordinator.waitForText("dashboard:messages", "bestaat niet als datum");
            coordinator.until(d -> d.findElements(By.id("dashboard:gap-table")).isEmpty());
            // Enter in the date shows its figures and says so, and opens no form of a new agreement
            coordinator.type("dashboard:date_input", "01-01-2000");
            coordinator.driver().findElement(By.id("dashboard:date_input")).sendKeys(Keys.ENTER);
            coordinator.until(d -> !d.findElements(pijnacker).isEmpty());
            coordinator.until(d -> String.valueOf(d.findElement(By.id("announcer")).getAttribute("textContent"))
                    .contains("op peildatum 01-01-2000"));
            assertThat(coordinator.driver().findElement(By.id("agreementDialog")).isDisplayed()).isFalse();
            // a moment in the past it is known on is said with it
            coordinator.type("dashboard:asKnownOn_input", "01-06-2024 12:00:00" + Keys.TAB);
            coordinator.until(d -> String.valueOf(d.findElement(By.id("announcer")).getAttribute("textContent"))
                    .contains("op peildatum 01-01-2000, zoals bekend op 01-06-2024 12:00:00"));
            // the address says what is shown, so that bookmarked, shared or reloaded it shows the same
            coordinator.until(d -> d.getCurrentUrl().endsWith(
                    "dashboard.xhtml?region=Haaglanden&date=2000-01-01&asKnownOn=2024-06-01T12:00:00"));
            // one still to come is said to be one, also when it is typed and the button pressed (two requests)
            coordinator.type("dashboard:asKnownOn_input", "01-01-2099 00:00:00");
            coordinator.click(By.id("dashboard:show"));
            coordinator.waitForText("dashboard:future", "Van een moment in de toekomst is nog niets bekend");
            // emptied, the field is now again, and the notice goes
            coordinator.type("dashboard:asKnownOn_input", "");
            coordinator.click(By.id("dashboard:show"));
            coordinator.until(d -> d.findElements(By.id("dashboard:future")).isEmpty());
            // a date typed and the moment after it at once (past the date's calendar button), the date's own request
            // still on its way: each stays where it was typed, and both are shown
            coordinator.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                    "return PrimeFaces.ajax.Queue.isEmpty()"));
            WebElement dateField = coordinator.driver().findElement(By.id("dashboard:date_input"));
            dateField.click();
            new org.openqa.selenium.interactions.Actions(coordinator.driver())
                    .keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL)
                    .sendKeys("01-07-2020", Keys.TAB, Keys.TAB, "01-01-2019 00:00:00", Keys.ENTER).perform();
            coordinator.until(d -> String.valueOf(d.findElement(By.id("announcer")).getAttribute("textContent"))
                    .contains("op peildatum 01-07-2020, zoals bekend op 01-01-2019 00:00:00"));
            // read once the update that said so has put the field in place (it replaces the field)
            coordinator.until(d -> {
                try {
                    return "01-07-2020".equals(d.findElement(By.id("dashboard:date_input")).getAttribute("value"));
                } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                    return false;
                }
            });

            coordinator.open("app/monitoring/dashboard.xhtml?region=Holland+Rijnland&date=2025-06-30");
            assertThat(coordinator.text(By.id("dashboard:region_label"))).isEqualTo("Holland Rijnland");
            assertThat(coordinator.driver().findElement(By.id("dashboard:date_input")).getAttribute("value"))
                    .isEqualTo("30-06-2025");
            assertThat(coordinator.text(By.id("dashboard:gap-table_data"))).contains("Leiden");
            // the language switch keeps what the address bar shows now, also after a filter changed it
            coordinator.choose("dashboard:region", "Drechtsteden");
            coordinator.until(d -> d.getCurrentUrl().contains("region=Drechtsteden&date=2025-06-30"));
            coordinator.click(By.id("topbar:lang-en"));
            coordinator.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
            assertThat(coordinator.text(By.id("dashboard:region_label"))).isEqualTo("Drechtsteden");
            assertThat(coordinator.driver().findElement(By.id("dashboard:date_input")).getAttribute("value"))
                    .isEqualTo("30-06-2025");
            coordinator.click(By.id("topbar:lang-nl"));
            coordinator.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "nl"));
            // an address that cannot be read says which part, and shows what the page opens with instead
            coordinator.open("app/monitoring/dashboard.xhtml?region=Atlantis&date=31-02-2025&asKnownOn=gisteren");
            assertThat(coordinator.text(By.id("dashboard:messages"))).contains("Kies een bestaande regio")
                    .contains("een datum die niet te lezen is").contains("een moment dat niet te lezen is");
            assertThat(coordinator.text(By.id("dashboard:region_label"))).isEqualTo("Haaglanden");
            coordinator.until(d -> d.getCurrentUrl().contains("?region=Haaglanden&date=")
                    && !d.getCurrentUrl().contains("asKnownOn"));
            coordinator.open("app/monitoring/dashboard.xhtml?date=2999-12-31");
            assertThat(coordinator.text(By.id("dashboard:messages"))).as("a year out of reach, as in the field")
                    .contains("een datum die niet te lezen is");
            coordinator.open("app/monitoring/dashboard.xhtml?region=Haaglanden&asKnownOn=2099-12-31T12:00:00");
            coordinator.waitForText("dashboard:future", "Van een moment in de toekomst is nog niets bekend");
            assertThat(coordinator.driver().findElement(By.id("dashboard:address")).getAttribute("data-address"))
                    .as("a shared address claims no future").doesNotContain("asKnownOn");
        }
        try (BrowserSession officer = new BrowserSession(base)) {
            officer.signIn(DEMO_OFFICER.email(), DEMO_OFFICER.password());
            officer.open("app/monitoring/dashboard.xhtml");
            officer.waitForText("dashboard:fair-share-table_data", "Westland");
            assertThat(officer.driver().findElements(By.id("dashboard:newAgreement"))).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource({"region=Atlantis, region", "region=, region", "region=Haaglanden&date=gisteren, date",
            "region=Haaglanden&asKnownOn=2024-13-01, asKnownOn"})
    void theRegionalPictureApiNamesABadParameter(String query, String parameter) throws Exception {
        HttpResponse<String> response = Http.get(URI.create(base + "api/v1/regional-picture?" + query), DEMO_OFFICER);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"parameter\":\"" + parameter + "\"");
    }

    @Test
    void theRegionalPictureApiGivesTheAggregatesOfARegion() throws Exception {
        HttpResponse<String> response = Http.get(URI.create(base
                + "api/v1/regional-picture?region=Haaglanden&date=2024-01-01&asKnownOn=2030-01-01T00:00:00Z"), DEMO_OFFICER);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"region\":\"Haaglanden\"").contains("\"province\":\"Zuid-Holland\"")
                .contains("\"name\":\"Westland\"").contains("\"regionTotal\"");
        HttpResponse<String> openapi = Http.get(URI.create(base.toString()).resolve("/openapi"));
        assertThat(openapi.body()).contains("/api/v1/regional-picture");
    }

    @Test
    void theNationalPictureApiGivesEveryMunicipalityRegionAndProvince() throws Exception {
        HttpResponse<String> response = Http.get(URI.create(base
                + "api/v1/regional-picture/national?date=2024-01-01&asKnownOn=2030-01-01T00:00:00Z"), DEMO_OFFICER);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"name\":\"Westland\"").contains("\"name\":\"Aa en Hunze\"")
                .contains("\"provinces\":[{").contains("\"name\":\"Zuid-Holland\"").contains("\"name\":\"Haaglanden\"")
                .contains("\"total\":{");
        HttpResponse<String> now = Http.get(URI.create(base + "api/v1/regional-picture/national"), DEMO_OFFICER);
        assertThat(now.statusCode()).isEqualTo(200);
        assertThat(now.headers().firstValue("Server-Timing")).as("the facade's share of the request")
                .hasValueSatisfying(timing -> assertThat(timing).matches("facade;dur=\\d+\\.\\d"));
        HttpResponse<String> bad = Http.get(URI.create(base + "api/v1/regional-picture/national?date=gisteren"),
                DEMO_OFFICER);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"parameter\":\"date\"");
        assertThat(Http.get(URI.create(base + "api/v1/regional-picture/national")).statusCode()).isEqualTo(401);
    }

    private static String shareInput(BrowserSession session, String code) {
        return session.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".share-" + code + " input, input.share-" + code))).getAttribute("id");
    }
}
