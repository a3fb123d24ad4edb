package nl.arbeidsmigratie.regie.monitoring.api;

/** The housing quality mark a location holds. Locations without one are checked against the SNF norms. */
public enum QualityMark {
    NONE,
    SNF,
    AKF;

    /** The mark whose norms apply to a location holding this one. */
    public QualityMark normsToApply() {
        return this == NONE ? SNF : this;
    }
}
