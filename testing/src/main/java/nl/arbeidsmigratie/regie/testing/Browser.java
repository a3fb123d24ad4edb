package nl.arbeidsmigratie.regie.testing;

import java.io.File;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium. Uses Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} when
 * present (no download needed, as in CI); elsewhere Selenium Manager finds or fetches a browser.
 */
public final class Browser {

    private static final File DEBIAN_CHROMIUM = new File("/usr/bin/chromium");
    private static final File DEBIAN_DRIVER = new File("/usr/bin/chromedriver");

    /** How long a step waits for the page before it fails. */
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    /**
     * How often a waiting step looks again. Selenium's default of 500 ms adds a quarter second on average to every
     * step that has to wait for an Ajax update, which over a browser suite is minutes.
     */
    private static final Duration LOOK_AGAIN = Duration.ofMillis(50);

    private static final Dimension WINDOW = new Dimension(1280, 900);

    private Browser() {
    }

    /** A wait on this browser: patient enough for a loaded machine, looking again often. */
    public static WebDriverWait waitOn(WebDriver driver) {
        return new WebDriverWait(driver, PATIENCE, LOOK_AGAIN);
    }

    /** Browsers a finished page test left, cleared, for the next one: starting one costs about a second. */
    private static final Deque<WebDriver> IDLE = new ArrayDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (IDLE) {
                IDLE.forEach(WebDriver::quit);
                IDLE.clear();
            }
        }, "browser-pool-quit"));
    }

    /** A browser with nothing of an earlier test: one left idle by {@link #release}, or a new one. */
    public static WebDriver reuseOrStart() {
        synchronized (IDLE) {
            WebDriver idle = IDLE.poll();
            if (idle != null) {
                return idle;
            }
        }
        return start();
    }

    /**
     * Takes back a browser a test is done with: left on a blank page in one window of the usual size, without the
     * cookies, storage and emulated screen of the application at {@code base}, it waits for the next test. One that
     * cannot be cleared (a page that asks before it is left, say) is closed instead.
     */
    public static void release(WebDriver driver, URL base) {
        try {
            if (!(driver instanceof ChromeDriver chrome)) {
                throw new WebDriverException("not a Chromium to clear");
            }
            String first = chrome.getWindowHandles().iterator().next();
            for (String handle : chrome.getWindowHandles()) {
                if (!handle.equals(first)) {
                    chrome.switchTo().window(handle).close();
                }
            }
            chrome.switchTo().window(first);
            if (String.valueOf(chrome.getCurrentUrl()).startsWith(base.getProtocol() + ":")) {
                // a tab keeps its session storage for the origin it comes back to
                chrome.executeScript("window.sessionStorage.clear(); window.localStorage.clear();");
            }
            chrome.get("about:blank");
            chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            chrome.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin",
                    base.getProtocol() + "://" + base.getAuthority(), "storageTypes", "all"));
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            chrome.manage().window().setSize(WINDOW);
        } catch (WebDriverException e) {
            driver.quit();
            return;
        }
        synchronized (IDLE) {
            IDLE.push(driver);
        }
    }

    /** A new browser. */
    private static WebDriver start() {
        // As a person who asked for reduced motion: PrimeFaces then shows lists and dialogs at once, so no step
        // waits for a fade, and the browser draws no frames in between.
        ChromeOptions options = new ChromeOptions().addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--force-prefers-reduced-motion",
                "--window-size=" + WINDOW.getWidth() + "," + WINDOW.getHeight(),
                // a Dutch reader's browser: --lang alone still asks pages for English
                "--lang=nl", "--accept-lang=nl");
        WebDriver driver;
        if (DEBIAN_CHROMIUM.canExecute() && DEBIAN_DRIVER.canExecute()) {
            options.setBinary(DEBIAN_CHROMIUM);
            driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DEBIAN_DRIVER).build(),
                    options);
        } else {
            driver = new ChromeDriver(options);
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
