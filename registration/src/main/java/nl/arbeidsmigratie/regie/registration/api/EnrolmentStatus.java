package nl.arbeidsmigratie.regie.registration.api;

/** Where one municipality's enrolment stands. SUBMITTED and CONFIRMED hold a place; the others do not. */
public enum EnrolmentStatus {
    /** Holds a place, awaiting the coordinator's decision. */
    SUBMITTED,
    CONFIRMED,
    /** Arrived when every place was taken; promoted in order of arrival when one frees up. */
    WAITING_LIST,
    DECLINED,
    WITHDRAWN;

    public boolean holdsPlace() {
        return this == SUBMITTED || this == CONFIRMED;
    }

    public boolean isOpen() {
        return this != DECLINED && this != WITHDRAWN;
    }
}
