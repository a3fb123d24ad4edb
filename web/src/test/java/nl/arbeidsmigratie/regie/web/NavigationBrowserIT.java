package nl.arbeidsmigratie.regie.web;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_AUDITOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DemoAccount;
import nl.arbeidsmigratie.regie.testing.BrowserSession;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.web.faces.SiteMenu;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The main menu as each role sees it, by mouse, keyboard and on a phone; signing in from a public page or a deep
 * link comes back there (and never goes to another site); the language chosen in the top bar is kept.
 */
@ExtendWith(ArquillianExtension.class)
class NavigationBrowserIT {

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void eachRoleIsOfferedExactlyThePagesWebXmlLetsItOpen() {
        WebXmlRoles webXml = WebXmlRoles.read();
        Map<Role, DemoAccount> accounts = Map.of(Role.COORDINATOR, DEMO_COORDINATOR, Role.OFFICER, DEMO_OFFICER,
                Role.AUDITOR, DEMO_AUDITOR);
        accounts.forEach((role, account) -> {
            // pages reached from another (one meeting, one poll) have no menu link of their own
            Set<String> opened = new SiteMenu().groupsFor(role).stream().flatMap(group -> group.items().stream())
                    .flatMap(item -> item.opens().stream()).collect(Collectors.toSet());
            // besides: home, and the public pages of the circle and of the newsletter's subscription
            Set<String> expected = Stream.concat(Stream.of("nav-home", "nav-circle", "nav-subscribe"),
                    WebXmlRoles.signedInPages().stream()
                            .filter(page -> webXml.allowed(page).contains(role) && !opened.contains(page))
                            .map(page -> "nav-" + page.substring(page.lastIndexOf('/') + 1, page.length() - 6)))
                    .collect(Collectors.toCollection(TreeSet::new));
            try (BrowserSession browser = new BrowserSession(base)) {
                browser.signIn(account.email(), account.password());
                Set<String> offered = browser.driver().findElements(By.cssSelector("#mainnav a")).stream()
                        .map(link -> link.getAttribute("id")).collect(Collectors.toCollection(TreeSet::new));
                assertThat(offered).as(role.name()).isEqualTo(expected);
                assertThat(browser.driver().findElement(By.id("nav-home")).getAttribute("aria-current"))
                        .isEqualTo("page");
                assertThat(browser.driver().findElements(By.id("nav-documents"))).as("strategy documents").hasSize(1);
                if (role == Role.OFFICER) {
                    browser.open("app/registration/accounts.xhtml");
                    browser.until(ExpectedConditions.presenceOfElementLocated(By.id("refused")));
                    assertThat(browser.driver().findElements(By.id("nav-accounts"))).isEmpty();
                }
            }
        });
    }

    @Test
    void theMenuIsOneRowAt1366PixelsAndWorksByKeyboard() {
        try (BrowserSession browser = new BrowserSession(base)) {
            WebDriver driver = browser.driver();
            driver.manage().window().setSize(new Dimension(1366, 900));
            browser.signIn(DEMO_COORDINATOR.email(), DEMO_COORDINATOR.password());

            List<WebElement> tops = driver.findElements(By.cssSelector("#nav-groups > li > :first-child"));
            assertThat(tops).hasSize(6);
            assertThat(tops.stream().map(top -> top.getRect().getY()).distinct().toList()).as("one row").hasSize(1);
            long barHeight = (Long) js(driver, "return document.querySelector('.topbar').offsetHeight;");
            assertThat(barHeight).as("top bar height").isLessThan(70);
            assertThat(driver.findElement(By.id("topbar:logout")).getRect().getY())
                    .isLessThan(tops.get(0).getRect().getY() + 30);

            // Reach the counts page by keyboard only: arrow to Monitoring, open it, arrow down, Enter.
            js(driver, "document.getElementById('nav-home').focus();");
            Actions keys = new Actions(driver);
            keys.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT).perform();
            assertThat(focused(driver)).isEqualTo("navgroup-monitoring");
            assertThat(js(driver, "return getComputedStyle(document.activeElement).outlineStyle;"))
                    .as("visible focus").isNotEqualTo("none");
            keys.sendKeys(Keys.ENTER).perform();
            assertThat(driver.findElement(By.id("navgroup-monitoring")).getAttribute("aria-expanded")).isEqualTo("true");
            assertThat(driver.findElement(By.id("nav-counts")).isDisplayed()).isTrue();
            keys.sendKeys(Keys.ESCAPE).perform();
            assertThat(driver.findElement(By.id("nav-counts")).isDisplayed()).isFalse();
            assertThat(focused(driver)).isEqualTo("navgroup-monitoring");
            keys.sendKeys(Keys.ARROW_DOWN).perform();
            assertThat(focused(driver)).isEqualTo("nav-dashboard");
            keys.sendKeys(Keys.ARROW_DOWN).perform();
            assertThat(focused(driver)).isEqualTo("nav-counts");
            keys.sendKeys(Keys.ENTER).perform();
            browser.until(ExpectedConditions.urlContains("app/monitoring/counts.xhtml"));

            assertThat(driver.findElement(By.id("nav-counts")).getAttribute("aria-current")).isEqualTo("page");
            assertThat(driver.findElement(By.id("navgroup-monitoring")).getAttribute("aria-current")).isEqualTo("true");
            assertThat(driver.findElement(By.id("navgroup-admin")).getAttribute("aria-current")).isEqualTo("false");
            assertThat(driver.findElement(By.id("nav-home")).getAttribute("aria-current")).isEqualTo("false");
        }
    }

    @Test
    void onAPhoneTheMenuButtonOpensTheGroups() {
        try (BrowserSession browser = new BrowserSession(base)) {
            WebDriver driver = browser.driver();
            // A headless window is never narrower than 500 pixels: emulate the phone's screen instead.
            ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
            browser.signIn(DEMO_OFFICER.email(), DEMO_OFFICER.password());
            assertThat(driver.findElement(By.id("nav-toggle")).isDisplayed()).isTrue();
            assertThat(driver.findElement(By.id("navgroup-monitoring")).isDisplayed()).isFalse();
            assertThat((Long) js(driver, "return window.innerWidth;")).isEqualTo(390);
            assertThat((Boolean) js(driver, "return document.querySelector('.topbar').scrollWidth <= 390"
                    + " && document.documentElement.scrollWidth <= 390;")).as("nothing wider than the phone").isTrue();

            browser.click(By.id("nav-toggle"));
            assertThat(driver.findElement(By.id("navgroup-circle")).isDisplayed()).isTrue();
            browser.click(By.id("navgroup-monitoring"));
            WebElement worklist = driver.findElement(By.id("nav-worklist"));
            assertThat(worklist.isDisplayed()).isTrue();
            assertThat(worklist.getRect().getX() + worklist.getRect().getWidth()).isLessThanOrEqualTo(390);
            worklist.click();
            browser.until(ExpectedConditions.urlContains("app/monitoring/worklist.xhtml"));
            // a test's plain click on a menu link opens the menu first, as a person would
            browser.click(By.id("nav-enrolments"));
            browser.until(ExpectedConditions.urlContains("app/registration/enrolments.xhtml"));
        }
    }

    @Test
    void signingInFromAPublicPageOrADeepLinkComesBackThereAndNeverToAnotherSite() {
        try (BrowserSession browser = new BrowserSession(base)) {
            browser.open("circle.xhtml?edition=424242");
            browser.click(By.id("nav-login"));
            signInOnThePage(browser, DEMO_OFFICER);
            browser.until(ExpectedConditions.urlContains("/circle.xhtml?edition=424242"));
            assertThat(browser.driver().findElement(By.id("nav-circle")).getAttribute("aria-current")).isEqualTo("page");
            browser.signOut();

            browser.open("app/monitoring/worklist.xhtml");
            browser.until(ExpectedConditions.urlContains("login.xhtml"));
            signInOnThePage(browser, DEMO_OFFICER);
            browser.until(ExpectedConditions.urlContains("app/monitoring/worklist.xhtml"));
            browser.signOut();

            for (String elsewhere : List.of("https://evil.example/app/home.xhtml", "//evil.example/x.xhtml",
                    "/\\evil.example/x.xhtml", "javascript:alert(1)")) {
                browser.open("login.xhtml?next=" + java.net.URLEncoder.encode(elsewhere,
                        java.nio.charset.StandardCharsets.UTF_8));
                signInOnThePage(browser, DEMO_OFFICER);
                browser.until(ExpectedConditions.urlContains("app/home.xhtml"));
                assertThat(browser.driver().getCurrentUrl()).as(elsewhere).startsWith(base.toString())
                        .doesNotContain("evil");
                browser.signOut();
            }
        }
    }

    @Test
    void theLanguageChosenInTheTopBarIsKeptForTheNextSignIn() throws Exception {
        String email = "taal.auditor@regie.example";
        TestData.accountLike(DEMO_AUDITOR, email);
        try (BrowserSession browser = new BrowserSession(base)) {
            browser.signIn(email, DEMO_AUDITOR.password());
            assertThat(browser.text(By.id("nav-home"))).isEqualTo("Start");
            browser.click(By.id("topbar:lang-en"));
            browser.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
            browser.signOut();
            // signed out, the sign-in page is still in the language the person was reading
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        }
        try (BrowserSession browser = new BrowserSession(base)) {
            browser.open("login.xhtml");
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
            browser.signIn(email, DEMO_AUDITOR.password());
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            assertThat(browser.text(By.id("nav-home"))).isEqualTo("Home");
            assertThat(browser.text(By.id("role"))).isEqualTo("Auditor");
            assertThat(browser.text(By.id("navgroup-admin"))).isEqualTo("Administration");
        }
    }

    @Test
    void aFirstVisitReadsTheFirstOfDutchAndEnglishTheBrowserAsksForAndKeepsItInItsSession() throws Exception {
        URI login = URI.create(base + "login.xhtml");
        // the header a browser sends, and the language the page opens in
        String[][] asked = {{"en-GB,en;q=0.9,nl;q=0.8", "en"}, {"nl-BE,nl;q=0.9,en;q=0.8", "nl"},
            {"de-DE,de;q=0.9,en;q=0.7,nl;q=0.5", "en"}, {"pl-PL,pl;q=0.9", "nl"}, {"en;q=2,,;", "nl"}, {"*", "nl"},
            {"en;q=0,nl;q=0.1", "nl"}};
        for (String[] header : asked) {
            HttpResponse<String> page = Http.getWith(login, "Accept-Language", header[0]);
            assertThat(page.statusCode()).as(header[0]).isEqualTo(200);
            assertThat(page.body()).as(header[0]).contains("lang=\"" + header[1] + "\"");
        }
        assertThat(Http.get(login).body()).as("no header").contains("lang=\"nl\"").contains("Inloggen");
        HttpResponse<String> english = Http.getWith(login, "Accept-Language", "en-US");
        assertThat(english.body()).contains("Sign in with your work email address and password.");
        assertThat(Http.getWith(URI.create(login + "?lang=nl"), "Accept-Language", "en-US").body())
                .as("a link's language first").contains("lang=\"nl\"");
        // the session keeps what its first page was read in, whatever the next request's header says
        String session = english.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        assertThat(Http.getWith(login, "Accept-Language", "nl", "Cookie", session).body()).contains("lang=\"en\"");
    }

    private static void signInOnThePage(BrowserSession browser, DemoAccount account) {
        browser.type("login:email", account.email());
        browser.type("login:password", account.password());
        browser.click(By.id("login:submit"));
    }

    private static String focused(WebDriver driver) {
        return (String) js(driver, "return document.activeElement.id;");
    }

    private static Object js(WebDriver driver, String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }
}
