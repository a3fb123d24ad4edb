package nl.arbeidsmigratie.regie.web;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.openqa.selenium.WebDriver;

/** WCAG 2.1 A and AA by axe-core on the page a browser shows. */
final class Wcag {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Wcag() {
    }

    /**
     * Runs axe's rules on the page, or on the parts the selectors name. Axe runs in the page itself: its default
     * checks each frame apart and merges the results in a blank window it opens, which costs a second injection of
     * axe and a window per check while no page of the application has a frame.
     */
    static Results analyze(WebDriver driver, String... within) {
        AxeBuilder axe = new AxeBuilder().withTags(TAGS).setLegacyMode(true);
        if (within.length > 0) {
            axe.include(List.of(within));
        }
        return axe.analyze(driver);
    }
}
