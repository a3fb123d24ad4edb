package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The norm check kept with an inspection: which rule set applied, the occupancy it measured, the rules it found
 * violated with measured value and limit, and the rules the known facts could not decide (a location whose
 * toilets were never counted has not met that rule). {@code occupancyDate} is null when nothing could be assessed.
 */
public record NormSummary(QualityMark mark, LocalDate rulesValidFrom, LocalDate occupancyDate, Integer persons,
                          int violations, List<NormFinding> violated, List<NormRule> notAssessed)
        implements Serializable {

    public NormSummary {
        violated = violated == null ? List.of() : List.copyOf(violated);
        notAssessed = notAssessed == null ? List.of() : List.copyOf(notAssessed);
    }

    public boolean assessed() {
        return occupancyDate != null;
    }
}
