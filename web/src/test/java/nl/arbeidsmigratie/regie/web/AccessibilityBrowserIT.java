package nl.arbeidsmigratie.regie.web;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_AUDITOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * WCAG 2.1 A and AA by axe-core: every page of the WAR as nobody, Westland's officer, the auditor and the coordinator
 * (the demo accounts), with records on the pages so that tables, charts and row actions show; on each page every
 * dialog a "new" button opens (after saving it empty, so with the validation errors shown) and every group of the
 * main menu opened; every message about a field must describe that field. A page the WAR holds is walked without
 * being listed here; a page a role may not use shows the no-access page, checked once per role. Any violation fails
 * the walk with its rule, page, elements and help; the figures are printed at the end.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityBrowserIT {

    /**
     * The error page takes the place of a page that failed and has nothing to show by itself; the public pages that
     * need a link from a mail are checked with their answer to a missing link.
     */
    private static final Set<String> NOT_PUBLIC = Set.of("error.xhtml");

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    // The walks run side by side, each in its own browser.
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> rulesChecked = new ConcurrentSkipListSet<>();
    private final AtomicInteger pagesChecked = new AtomicInteger();
    private final AtomicInteger messagesTied = new AtomicInteger();

    @Test
    void everyPageAsEveryRoleMeetsWcag21AA() throws Exception {
        long started = System.nanoTime();
        recordsOnThePages();
        Set<String> appPages = new TreeSet<>();
        Set<String> publicPages = new TreeSet<>();
        Deployments.application().getContent().keySet().forEach(path -> {
            String name = path.get().substring(1);
            if (name.startsWith("app/") && name.endsWith(".xhtml")) {
                appPages.add(name);
            } else if (!name.contains("/") && name.endsWith(".xhtml") && !NOT_PUBLIC.contains(name)) {
                publicPages.add(name);
            }
        });

        ExecutorService walkers = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> walks = new ArrayList<>();
            walks.add(walkers.submit(() -> walk(DEMO_COORDINATOR, Role.COORDINATOR, appPages)));
            walks.add(walkers.submit(() -> walk(DEMO_OFFICER, Role.OFFICER, appPages)));
            walks.add(walkers.submit(() -> walk(DEMO_AUDITOR, Role.AUDITOR, appPages)));
            // the shortest walk, after the first of the others ends
            walks.add(walkers.submit(() -> walkPublic(publicPages)));
            for (Future<?> walk : walks) {
                walk.get();
            }
        } finally {
            walkers.shutdownNow();
        }

        System.out.printf("[axe] %d pages, %d rules checked, %d violations (%d s)%n", pagesChecked.get(),
                rulesChecked.size(), violations.size(), (System.nanoTime() - started) / 1_000_000_000L);
        assertThat(violations).as("WCAG 2.1 A/AA violations").isEmpty();
        assertThat(messagesTied.get()).as("messages tied to their fields").isPositive();
    }

    /**
     * Keyboard only: Tab reaches every control of the sign-in page, the coordinator's home and the locations list in
     * turn, and each shows that it has the focus (an outline or a ring, on the control or on the widget around it).
     */
    @Test
    void everyControlReachedByTabShowsItsFocus() throws Exception {
        recordsOnThePages();
        List<String> unseen = new ArrayList<>();
        try (BrowserSession browser = new BrowserSession(base)) {
            browser.open("login.xhtml");
            unseen.addAll(tabThrough(browser.driver(), "login.xhtml"));
            browser.signIn(DEMO_COORDINATOR.email(), DEMO_COORDINATOR.password());
            unseen.addAll(tabThrough(browser.driver(), "app/home.xhtml"));
            browser.open("app/monitoring/locations.xhtml");
            unseen.addAll(tabThrough(browser.driver(), "app/monitoring/locations.xhtml"));
        }
        assertThat(unseen).as("controls that take the focus without showing it").isEmpty();
    }

    /** Tabs from the top of the page until the focus leaves the page or comes round; the controls that hid it. */
    private static List<String> tabThrough(WebDriver driver, String page) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        List<String> unseen = new ArrayList<>();
        Set<String> reached = new TreeSet<>();
        Actions keys = new Actions(driver);
        // the page loaded and its window focused: on a busy machine the first Tab may otherwise go nowhere
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> "complete".equals(js.executeScript("window.focus(); return document.readyState;")));
        int misses = 0;
        for (int i = 0; i < 120; i++) {
            keys.sendKeys(Keys.TAB).perform();
            String problem = (String) js.executeScript("""
                    const e = document.activeElement;
                    if (!e || e === document.body) { return 'END'; }
                    const shows = el => { const s = getComputedStyle(el);
                        return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'; };
                    const widget = e.closest('.ui-state-focus');
                    const name = e.id || e.outerHTML.slice(0, 120);
                    return (shows(e) || (widget && shows(widget)) ? 'OK ' : 'HIDDEN ') + name;""");
            if (problem.equals("END") && reached.isEmpty() && ++misses < 5) {
                continue;
            }
            if (problem.equals("END")) {
                break;
            }
            String name = problem.substring(problem.indexOf(' ') + 1);
            if (!reached.add(name)) {
                break;
            }
            if (problem.startsWith("HIDDEN")) {
                unseen.add(page + ": " + name);
            }
        }
        assertThat(reached).as("controls reached by Tab on " + page).hasSizeGreaterThan(2);
        return unseen;
    }

    /** As nobody: every public page, and the sign-in page with its errors. */
    private void walkPublic(Set<String> publicPages) {
        try (BrowserSession anonymous = new BrowserSession(base)) {
            for (String page : publicPages) {
                anonymous.open(page);
                check(anonymous.driver(), "nobody " + page);
            }
            anonymous.open("login.xhtml");
            anonymous.click(By.id("login:submit"));
            anonymous.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-message-error, "
                    + ".ui-messages-error")));
            check(anonymous.driver(), "nobody login.xhtml with errors");
        }
    }

    /** One browser per role: every page of the WAR and of the role's menu, its dialogs and the opened menu. */
    private void walk(DemoAccount account, Role role, Set<String> appPages) {
        String who = role.name().toLowerCase();
        Set<String> pages = new TreeSet<>(appPages);
        new SiteMenu().groupsFor(role).forEach(group -> group.items().forEach(item ->
                pages.add(item.viewId().substring(1))));
        try (BrowserSession browser = new BrowserSession(base)) {
            browser.signIn(account.email(), account.password());
            boolean refusalChecked = false;
            for (String page : pages) {
                browser.open(page);
                boolean refused = !browser.driver().findElements(By.id("refused")).isEmpty();
                if (refused && refusalChecked) {
                    continue;
                }
                refusalChecked |= refused;
                String label = who + " " + page;
                check(browser.driver(), label);
                if (!refused) {
                    newDialogs(browser, label);
                }
            }
            if (role != Role.COORDINATOR) {
                return;
            }
            // The menu's markup is the same for every role; the coordinator's has every group.
            browser.open("app/home.xhtml");
            for (WebElement group : browser.driver().findElements(By.cssSelector(".nav-group-button"))) {
                group.click();
                browser.until(ExpectedConditions.visibilityOfElementLocated(By.id(group.getAttribute("aria-controls"))));
                check(browser.driver(), who + " menu " + group.getText(), "#mainnav");
                group.sendKeys(Keys.ESCAPE);
            }
        }
    }

    /**
     * Opens every dialog a "new …" button of the page offers, saves it empty and checks it with its validation
     * errors (a dialog without a save button as it opens), then closes it.
     */
    private void newDialogs(BrowserSession browser, String label) {
        WebDriver driver = browser.driver();
        List<String> buttons = driver.findElements(By.cssSelector("button[id$=':new'], button[id*=':new']")).stream()
                .filter(WebElement::isDisplayed).map(button -> button.getAttribute("id")).toList();
        for (String button : buttons) {
            browser.click(By.id(button));
            WebElement dialog = browser.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".ui-dialog[aria-hidden='false']")));
            String dialogId = dialog.getAttribute("id");
            String selector = "[id='" + dialogId + "']";
            // a row the dialog adds (a permit, an agenda item) is checked with the rest: its fields need names too
            By adds = By.cssSelector("button[id$=':addPermit'], button[id$=':addRow']");
            for (WebElement add : dialog.findElements(adds)) {
                String added = add.getAttribute("id").endsWith("addPermit") ? ":permits:0:" : ":rows:0:";
                add.click();
                browser.until(d -> !d.findElements(By.cssSelector(selector + " [id*='" + added + "']")).isEmpty());
            }
            List<WebElement> save = dialog.findElements(By.cssSelector("button[id$=':save']"));
            if (save.isEmpty()) {
                check(driver, label + " " + button, selector);
            } else {
                save.get(0).click();
                browser.until(ExpectedConditions.or(
                        ExpectedConditions.presenceOfNestedElementLocatedBy(By.cssSelector(selector),
                                By.cssSelector(".ui-state-error, .ui-messages-error, .ui-message-error")),
                        ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(selector))));
                // the same fields as before saving, now with the messages
                check(driver, label + " " + button + " saved empty", selector);
            }
            ((JavascriptExecutor) driver).executeScript(
                    "PrimeFaces.widgets && Object.values(PrimeFaces.widgets).forEach(w => w.cfg && w.cfg.id === arguments[0]"
                            + " && w.hide && w.hide());", dialogId);
            browser.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(selector)));
        }
    }

    private void check(WebDriver driver, String label, String... within) {
        Results results = Wcag.analyze(driver, within);
        pagesChecked.incrementAndGet();
        for (List<Rule> outcome : List.of(results.getPasses(), results.getViolations(), results.getIncomplete(),
                results.getInapplicable())) {
            outcome.forEach(rule -> rulesChecked.add(rule.getId()));
        }
        for (Rule rule : results.getViolations()) {
            rule.getNodes().forEach(node -> violations.add(rule.getId() + " on " + label + " at " + node.getTarget()
                    + ": " + rule.getHelp() + " (" + node.getFailureSummary() + ")"));
        }
        // every message about a field describes that field (fields.js), whatever widget renders it
        @SuppressWarnings("unchecked")
        List<String> untied = (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const items = Array.from(document.querySelectorAll('li[data-for]'));
                return items.map(li => li.id && document.querySelector('[aria-describedby~="' + li.id + '"][aria-invalid="true"]')
                    ? 'tied' : li.getAttribute('data-for'));""");
        for (String item : untied) {
            if (item.equals("tied")) {
                messagesTied.incrementAndGet();
            } else {
                violations.add("message about " + item + " on " + label + " does not describe its field");
            }
        }
        // what PrimeFaces leaves unnamed is named (fields.js): a table's rows-per-page choice, a rich-text editor, a
        // date field's calendar button
        @SuppressWarnings("unchecked")
        List<String> unnamed = (List<String>) ((JavascriptExecutor) driver).executeScript("""
                return Array.from(document.querySelectorAll('label.ui-paginator-rpp-label, .ui-texteditor .ql-editor,'
                        + ' button.ui-datepicker-trigger'))
                    .filter(e => e.tagName === 'LABEL' ? !e.textContent.trim() : !e.getAttribute('aria-label'))
                    .map(e => e.id || e.className);""");
        unnamed.forEach(element -> violations.add(element + " on " + label + " has no name"));
        if (results.isErrored()) {
            violations.add("axe failed on " + label + ": " + results.getErrorMessage());
        }
    }

    /**
     * Westland has a location with occupancy and a count with an estimate (the dashboard's tables and chart).
     */
    private void recordsOnThePages() throws Exception {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        long location = TestData.createdByWestland(base, "locations",
                TestData.locationJson("GM1783", "Toegankelijk " + mark), "locationId");
        assertThat(Http.postJson(URI.create(base + "api/v1/locations/" + location + "/occupancy"),
                DEMO_OFFICER.email(), "{\"referenceDate\":\"2025-02-01\",\"persons\":3}").statusCode()).isEqualTo(201);
        TestData.createdByWestland(base, "counts", TestData.countJson("GM1783", "Bron " + mark)
                .replace("\"registeredBrp\":7", "\"registeredBrp\":7,\"estimateMin\":10,\"estimateMax\":20"), "id");
    }
}
