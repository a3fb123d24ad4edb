package nl.arbeidsmigratie.regie.monitoring.api;

/** Why something is on the worklist. */
public enum WorklistKind {
    /** An active or planned location without occupancy report or inspection for longer than the stale period. */
    STALE_LOCATION,
    /** A location on a holiday park or an informal place, where people are easily out of sight. */
    FORGOTTEN_PLACE,
    /** A signal not closed that is about an address, not yet about a known location. */
    SIGNAL_WITHOUT_LOCATION,
    /** The latest permit of a kind lapses within the warning period, or lapsed; permits without end never do. */
    PERMIT_EXPIRING,
    QUALITY_MARK_EXPIRING,
    /** An active location whose latest occupancy report counts more persons than it has beds. */
    OVERCROWDED,
    /** The follow-up date of an inspection passed and the location was not inspected again since. */
    FOLLOW_UP_PASSED
}
