package nl.arbeidsmigratie.regie.monitoring.api;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.arbeidsmigratie.regie.monitoring.control.MonitoringAccess;
import nl.arbeidsmigratie.regie.monitoring.control.WaitingWorkQueries;
import nl.arbeidsmigratie.regie.monitoring.control.WorklistQuery;
import nl.arbeidsmigratie.regie.platform.api.DutchNames;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityArea;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityAreas;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What waits for each person in monitoring, for their home page: an officer's municipality (read by officers of
 * that municipality, coordinators and auditors), the province at a glance (coordinators and auditors), and the
 * latest changes anywhere in monitoring (the same). A count is due once the latest is older than
 * {@code monitoring.count-due-after} (a year); permits and quality marks are shown as the worklist shows them, from
 * {@code monitoring.expiry-warning} (90 days) before they lapse; the province is
 * {@code monitoring.province} (Zuid-Holland, where the learning circle began).
 *
 * <p>Reads only, outside any transaction, for the reason given at {@link RegionalPicture}: the province's figures
 * are a picture.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WaitingWork {

    private static final Set<WorklistKind> EXPIRY = EnumSet.of(WorklistKind.PERMIT_EXPIRING,
            WorklistKind.QUALITY_MARK_EXPIRING);
    private static final int LARGEST_LIST = 50;

    @Inject
    WorklistQuery worklist;

    @Inject
    WaitingWorkQueries queries;

    @Inject
    Signals signals;

    @Inject
    RegionalPicture regionalPicture;

    @Inject
    MunicipalityAreas areas;

    @Inject
    MonitoringAccess access;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "monitoring.count-due-after", defaultValue = "P1Y")
    String countDueAfter;

    @Inject
    @ConfigProperty(name = "monitoring.province", defaultValue = "Zuid-Holland")
    String province;

    public MunicipalWork ofMunicipality(@NotNull String municipalityCode) {
        access.readerOf(municipalityCode);
        Instant now = clock.instant();
        LocalDate today = DutchTime.today(clock);
        List<WorklistItem> items = worklist.items(municipalityCode, now);
        LocalDate lastCount = queries.lastCount(municipalityCode).orElse(null);
        return new MunicipalWork(municipalityCode,
                items.stream().filter(item -> !EXPIRY.contains(item.kind())
                        && item.kind() != WorklistKind.SIGNAL_WITHOUT_LOCATION).toList(),
                lastCount, lastCount == null || lastCount.isBefore(today.minus(Period.parse(countDueAfter))),
                items.stream().filter(item -> EXPIRY.contains(item.kind())).toList(),
                signals.ofMunicipality(municipalityCode).stream()
                        .filter(signal -> signal.status() != SignalStatus.CLOSED).toList());
    }

    /**
     * The province's figures today, as the dashboard opens with them (each municipality's latest estimate on or
     * before today against today's beds, read from the totals kept for today), the municipalities without a count
     * since a year, and the last {@code imports} imports.
     */
    public ProvincialWork ofProvince(int imports) {
        access.provinceReader();
        LocalDate today = DutchTime.today(clock);
        List<MunicipalityArea> members = areas.all().stream().filter(m -> province.equals(m.province()))
                .sorted(Comparator.comparing(MunicipalityArea::name, DutchNames.ORDER)).toList();
        Map<String, LocalDate> lastCounts = queries.lastCounts();
        LocalDate dueBefore = today.minus(Period.parse(countDueAfter));
        Map<String, String> withoutRecentCount = new LinkedHashMap<>();
        members.stream().filter(m -> lastCounts.get(m.code()) == null || lastCounts.get(m.code()).isBefore(dueBefore))
                .forEach(m -> withoutRecentCount.put(m.code(), m.name()));
        AreaFigures figures = members.stream().filter(m -> m.region() != null).findFirst()
                .map(m -> regionalPicture.picture(m.region(), today, null).provinceTotal()).orElse(null);
        Map<String, LocalDate> lastEstimates = queries.lastEstimates(today);
        int olderEstimates = (int) members.stream().map(m -> lastEstimates.get(m.code()))
                .filter(estimated -> estimated != null && estimated.isBefore(dueBefore)).count();
        return new ProvincialWork(province, today, figures, withoutRecentCount, olderEstimates,
                queries.recentImports(Math.max(1, Math.min(imports, LARGEST_LIST))));
    }

    /** The latest {@code limit} versions recorded anywhere in monitoring, newest first. */
    public List<MonitoringChange> latestChanges(int limit) {
        access.provinceReader();
        return queries.latestChanges(Math.max(1, Math.min(limit, LARGEST_LIST)));
    }
}
