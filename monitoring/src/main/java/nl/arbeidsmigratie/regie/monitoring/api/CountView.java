package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A recorded count with when and by whom it was recorded; {@code supersedes} names the version it corrected.
 * The registration rate is a range (registered ÷ estimate maximum … registered ÷ estimate minimum), never one
 * "true" number; an end is null when the figures do not give it (no registered figure, or an estimate with one end
 * only: "more than 80,000" gives the rate's high end alone).
 */
public record CountView(long id, CountFigures figures, Instant recordedAt, String recordedBy, Long supersedes,
                        boolean markedError, String reason, Double registrationRateLow, Double registrationRateHigh)
        implements RecordedVersion, Serializable {

    @Override
    public Record content() {
        return figures;
    }
}
