package nl.arbeidsmigratie.regie.strategy.api;

import java.io.Serializable;

/**
 * A save that came too late: someone saved the section after the version the caller based their text on. Both
 * texts travel with it, so the caller compares, chooses or merges and saves again on {@code current.version()}.
 */
public record SectionConflict(String yourHtml, SectionView current) implements Serializable {
}
