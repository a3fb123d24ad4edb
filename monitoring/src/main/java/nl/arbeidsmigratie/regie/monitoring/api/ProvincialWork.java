package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The province at a glance for its coordinator: the headline figures on the reference date today, each
 * municipality's latest estimate against today's beds ({@code figures} null when the province has no municipality in
 * the register), the municipalities (code → name, by name) without a count in the last year, how many of the
 * estimates in {@code figures} are older than that ({@code olderEstimates}), and the latest imports.
 */
public record ProvincialWork(String province, LocalDate referenceDate, AreaFigures figures,
                             Map<String, String> withoutRecentCount, int olderEstimates, List<ImportRecord> recentImports)
        implements Serializable {

    public ProvincialWork {
        withoutRecentCount = Collections.unmodifiableMap(new LinkedHashMap<>(withoutRecentCount));
        recentImports = List.copyOf(recentImports);
    }
}
