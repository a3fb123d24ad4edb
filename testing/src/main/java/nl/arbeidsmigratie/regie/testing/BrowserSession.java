package nl.arbeidsmigratie.regie.testing;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One headless Chromium on the application under test, with the steps every page test needs. */
public final class BrowserSession implements AutoCloseable {

    private final URL base;
    private final WebDriver driver;
    private final WebDriverWait wait;

    public BrowserSession(URL base) {
        this.base = base;
        this.driver = Browser.reuseOrStart();
        this.wait = Browser.waitOn(driver);
        // Ajax updates replace elements between finding and reading them; a wait then simply looks again.
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a page by its path relative to the application, e.g. {@code app/counts.xhtml}. */
    public void open(String path) {
        driver.get(base + path);
    }

    public void signIn(String email, String password) {
        open("login.xhtml");
        // on a busy machine the page may still be coming in after the previous one's sign-out
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email"))).sendKeys(email);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains("app/home.xhtml"));
    }

    /** Signs out with the top bar's button and waits until the login page it leads to has loaded. */
    public void signOut() {
        click(By.id("topbar:logout"));
        wait.until(ExpectedConditions.and(ExpectedConditions.urlContains("login.xhtml"),
                ExpectedConditions.invisibilityOfElementLocated(By.id("topbar:logout"))));
    }

    /**
     * Clicks once the element is clickable, scrolled to the middle of the window unless a click on its middle already
     * reaches it (dialogs can be tall, a top bar covers what is under it); one within reach is not scrolled to, as
     * scrolling closes an open overlay such as a calendar.
     */
    public void click(By locator) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
        openMenuGroupOf(element);
        ((JavascriptExecutor) driver).executeScript("var e = arguments[0], box = e.getBoundingClientRect();"
                + " var x = box.left + box.width / 2, y = box.top + box.height / 2;"
                + " var hit = x >= 0 && y >= 0 && x < innerWidth && y < innerHeight ? document.elementFromPoint(x, y) : null;"
                + " if (!hit || !e.contains(hit)) { e.scrollIntoView({block: 'center'}); }", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /**
     * A page link of the main menu sits in a closed group (and, on a narrow screen, behind the menu button): opens
     * them first, as a person would. Does nothing for any other element.
     */
    public void openMenuGroupOf(WebElement element) {
        String list = (String) ((JavascriptExecutor) driver).executeScript(
                "const l = arguments[0].closest('.nav-list'); return l && l.hidden ? l.id : null;", element);
        if (list == null) {
            return;
        }
        WebElement toggle = driver.findElement(By.id("nav-toggle"));
        if (toggle.isDisplayed() && !"true".equals(toggle.getAttribute("aria-expanded"))) {
            toggle.click();
        }
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[aria-controls='" + list + "']"))).click();
        wait.until(ExpectedConditions.visibilityOf(element));
    }

    /**
     * Chooses {@code label} in a PrimeFaces select menu without scrolling: the menu closes its list when the
     * window scrolls.
     */
    public void choose(String menuId, String label) {
        choose(driver, wait, menuId, label);
    }

    /** {@link #choose(String, String)} for tests that drive a WebDriver of their own. */
    public static void choose(WebDriver driver, WebDriverWait wait, String menuId, String label) {
        String css = "#" + menuId.replace(":", "\\:");
        By item = By.cssSelector(css + "_items li[data-label='" + label + "']");
        wait.until(ExpectedConditions.elementToBeClickable(By.id(menuId))).click();
        // The list fades in; a click during the animation is lost, so wait until it has settled.
        wait.until(d -> "1".equals(((JavascriptExecutor) d).executeScript(
                "const p = document.querySelector(arguments[0]);"
                        + " return p ? getComputedStyle(p).opacity : null;", css + "_panel")));
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(css + "_label"), label));
    }

    /**
     * Replaces the text of the input with this id as a person would: select all, type over it. (clear() does not
     * reach the formatting widgets behind PrimeFaces' number inputs.)
     */
    public void type(String id, String text) {
        // an answer that arrives meanwhile may replace the field: the new one is typed into, from empty
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
                field.click();
                field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
                field.sendKeys(text);
                return;
            } catch (StaleElementReferenceException replaced) {
                if (attempt == 3) {
                    throw replaced;
                }
            }
        }
    }

    /**
     * Pastes into the element as a paste from the browser's menu does, which no key announces: {@code plain} text,
     * and {@code html} beside it unless null.
     */
    public void paste(By target, String plain, String html) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(target));
        ((JavascriptExecutor) driver).executeScript("""
                const data = new DataTransfer();
                data.setData('text/plain', arguments[1]);
                if (arguments[2] !== null) {
                    data.setData('text/html', arguments[2]);
                }
                arguments[0].focus();
                if (arguments[0].select) {
                    arguments[0].select();
                }
                arguments[0].dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true,
                        cancelable: true}));""", element, plain, html);
    }

    /** The element's text; read again when an ajax update replaced the element between finding and reading it. */
    public String text(By locator) {
        return wait.until(driver -> {
            try {
                return driver.findElement(locator).getText().strip();
            } catch (StaleElementReferenceException | NoSuchElementException replacedOrNotYet) {
                return null;
            }
        });
    }

    /**
     * Waits until the element with this id holds the text; read again when the element was replaced between finding
     * and reading it, which Chrome, while a page is replaced by the next, reports as an inspector error.
     */
    public void waitForText(String id, String text) {
        wait.until(new ExpectedCondition<Boolean>() {
            @Override
            public Boolean apply(WebDriver driver) {
                try {
                    return driver.findElement(By.id(id)).getText().contains(text);
                } catch (WebDriverException replacedOrNotYet) {
                    return false;
                }
            }

            @Override
            public String toString() {
                return "text \"" + text + "\" in the element with id " + id;
            }
        });
    }

    public <T> T until(ExpectedCondition<T> condition) {
        return wait.until(condition);
    }

    @Override
    public void close() {
        Browser.release(driver, base);
    }
}
