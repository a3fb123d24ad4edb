package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The norm check kept with an inspection: which rule set applied, the occupancy it measured and the rules it
 * found violated with measured value and limit. {@code occupancyDate} is null when nothing could be assessed.
 */
public record NormSummary(QualityMark mark, LocalDate rulesValidFrom, LocalDate occupancyDate, Integer persons,
                          int violations, List<NormFinding> violated) implements Serializable {

    public NormSummary {
        violated = violated == null ? List.of() : List.copyOf(violated);
    }

    public boolean assessed() {
        return occupancyDate != null;
    }
}
