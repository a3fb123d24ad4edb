package nl.arbeidsmigratie.regie.testing;

import java.io.File;
import java.time.Duration;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium. Uses Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} when
 * present (no download needed, as in CI); elsewhere Selenium Manager finds or fetches a browser.
 */
public final class Browser {

    private static final File DEBIAN_CHROMIUM = new File("/usr/bin/chromium");
    private static final File DEBIAN_DRIVER = new File("/usr/bin/chromedriver");

    private Browser() {
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
