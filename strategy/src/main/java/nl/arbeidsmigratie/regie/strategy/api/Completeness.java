package nl.arbeidsmigratie.regie.strategy.api;

/**
 * How far a learning goal's section is written. Filled: at least {@value #FILLED_MINIMUM} characters of text of
 * its own (frozen figures and the template's guiding questions do not count); not applicable: marked so, with a
 * reason; empty: anything less.
 */
public enum Completeness {
    FILLED,
    NOT_APPLICABLE,
    EMPTY;

    /** About two sentences: less is a start, not yet the section. */
    public static final int FILLED_MINIMUM = 100;
}
