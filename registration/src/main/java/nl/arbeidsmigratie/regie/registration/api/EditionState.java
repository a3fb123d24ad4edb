package nl.arbeidsmigratie.regie.registration.api;

/** Where an edition's enrolment stands today; follows from its dates and the places taken, never stored. */
public enum EditionState {
    /** Enrolment has not opened yet. */
    IN_PREPARATION,
    /** Enrolment is open and places are left. */
    OPEN,
    /** Enrolment is open but every place is taken: new enrolments go to the waiting list. */
    FULL,
    /** The closing date has passed. */
    CLOSED;

    public boolean acceptsEnrolments() {
        return this == OPEN || this == FULL;
    }
}
