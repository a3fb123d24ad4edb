package nl.arbeidsmigratie.regie.testing;

import java.io.File;
import java.time.Duration;
import org.openqa.selenium.WebDriver;
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

    private Browser() {
    }

    /** A wait on this browser: patient enough for a loaded machine, looking again often. */
    public static WebDriverWait waitOn(WebDriver driver) {
        return new WebDriverWait(driver, PATIENCE, LOOK_AGAIN);
    }

    public static WebDriver start() {
        ChromeOptions options = new ChromeOptions().addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--window-size=1280,900", "--lang=nl");
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
