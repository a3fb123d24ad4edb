package nl.arbeidsmigratie.regie.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.arbeidsmigratie.regie.testing.BrowserSession;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a browser must show of hostile text: the text itself, as text. Used by {@link HostileInputIT}'s page walk.
 */
final class HostileInputBrowserWalk {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    static final String SVG = "<svg onload=alert(1)>";
    static final String EL = "${7*7}";
    static final String EL_REDIRECT = "#{facesContext.externalContext.redirect('http://evil.example')}";
    static final String JS_URL = "javascript:alert(1)";

    /** Fields typed with at least one hostile text, for the figures. */
    static final java.util.concurrent.atomic.AtomicInteger TYPED = new java.util.concurrent.atomic.AtomicInteger();

    private HostileInputBrowserWalk() {
    }

    /** Types {@code text} into the field with this id, counting it when it holds a hostile text. */
    static void type(BrowserSession session, String id, String text) {
        session.type(id, text);
        if (all().stream().anyMatch(text::contains)) {
            TYPED.incrementAndGet();
        }
    }

    /** Types {@code text} into the rich-text editor with this id, as a person types it, counting it as {@link #type}. */
    static void typeInEditor(BrowserSession session, String id, String text) {
        By editor = By.cssSelector("#" + id.replace(":", "\\:") + " .ql-editor");
        session.click(editor);
        session.driver().findElement(editor).sendKeys(text);
        if (all().stream().anyMatch(text::contains)) {
            TYPED.incrementAndGet();
        }
    }

    /** Replaces {@code window.alert}, {@code confirm} and {@code prompt} with spies that only count their calls. */
    static void spyOnDialogs(BrowserSession session) {
        ((JavascriptExecutor) session.driver()).executeScript("window.__dialogs = 0;"
                + " window.alert = window.confirm = window.prompt = function () { window.__dialogs++; };");
    }

    /** The spies of {@link #spyOnDialogs} were not called (since the last page load). */
    static void noDialogWasCalled(BrowserSession session) {
        Object calls = ((JavascriptExecutor) session.driver()).executeScript("return window.__dialogs;");
        assertThat(calls).as("calls of alert/confirm/prompt on " + session.driver().getCurrentUrl())
                .isIn(0L, null);
    }

    /**
     * The page shows every one of {@code literals} as visible text, holds no element a hostile text could have
     * made (an {@code img} with {@code onerror}, an {@code svg} with {@code onload}, a script or link running
     * {@code alert(1)}), opened no dialog, evaluated no EL (the EL texts show literally) and was not sent away.
     */
    static void showsOnlyText(BrowserSession session, String... literals) {
        WebDriver driver = session.driver();
        assertThatThrownBy(() -> driver.switchTo().alert()).as("a browser dialog is open")
                .isInstanceOf(NoAlertPresentException.class);
        assertThat(driver.getCurrentUrl()).doesNotContain("evil.example");
        String visible = driver.findElement(By.tagName("body")).getText();
        for (String literal : literals) {
            assertThat(visible).as("the visible text of " + driver.getCurrentUrl()).contains(literal);
        }
        assertThat(driver.findElements(By.cssSelector("img[onerror], svg[onload], [onerror*='alert'], "
                + "[onload*='alert'], a[href^='javascript:']"))).as("elements made from hostile text").isEmpty();
        assertThat(((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.scripts).some(s => s.text.includes('alert(1)'));"))
                .as("a script element holding alert(1)").isEqualTo(false);
    }

    /**
     * Saves a form by clicking {@code saveId} with the dialog spies in place, waits until the element
     * {@code shownIn} shows {@code text} and checks that no dialog opened.
     */
    static void savesWithoutDialog(BrowserSession session, String saveId, String shownIn, String text) {
        spyOnDialogs(session);
        session.click(By.id(saveId));
        session.waitForText(shownIn, text);
        noDialogWasCalled(session);
    }

    /**
     * Opens {@code page} afresh, waits until the element {@code shownIn} shows {@code text} and checks that the page
     * shows {@code literals} as text only ({@link #showsOnlyText}).
     */
    static void showsAgainAsText(BrowserSession session, String page, String shownIn, String text,
                                 String... literals) {
        session.open(page);
        session.waitForText(shownIn, text);
        showsOnlyText(session, literals);
    }

    /**
     * Clicks the edit button of the row of table body {@code rows} that shows {@code run} and waits until the form's
     * field {@code firstField} holds that row's text.
     */
    static void editsRow(BrowserSession session, String rows, String run, String firstField) {
        session.click(By.xpath("//tbody[@id='" + rows + "']/tr[contains(., '" + run
                + "')]//button[contains(@id, ':edit')]"));
        session.until(ExpectedConditions.attributeContains(By.id(firstField), "value", run));
    }

    /** The input with this id holds exactly {@code text} (attribute values escaped, nothing evaluated). */
    static void holds(BrowserSession session, String id, String text) {
        assertThat(session.driver().findElement(By.id(id)).getAttribute("value")).as(id).isEqualTo(text);
    }

    static List<String> all() {
        return List.of(SCRIPT, IMG, SVG, EL, EL_REDIRECT, JS_URL);
    }
}
