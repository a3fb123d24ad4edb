package nl.arbeidsmigratie.regie.web.demo;

/**
 * One module's share of the demo data set. {@link #load} runs in the one transaction of the whole set, as the demo
 * coordinator, in the order of {@link #order()}; {@link #afterCommit} runs once that transaction is committed, for
 * work that commits on its own (sending a newsletter issue).
 */
public interface DemoPart {

    /** Parts run from low to high: registration (10) before monitoring (20); later modules take 30 and up. */
    int order();

    void load(DemoClock today);

    default void afterCommit() {
    }
}
