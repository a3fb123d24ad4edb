package nl.arbeidsmigratie.regie.web.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.arbeidsmigratie.regie.monitoring.api.HousingLocations;
import nl.arbeidsmigratie.regie.monitoring.api.MonitoringChange;
import nl.arbeidsmigratie.regie.monitoring.api.MunicipalWork;
import nl.arbeidsmigratie.regie.monitoring.api.ProvincialWork;
import nl.arbeidsmigratie.regie.monitoring.api.WaitingWork;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityArea;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityAreas;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import nl.arbeidsmigratie.regie.web.faces.LayoutBacking;

/**
 * Monitoring's part of the home page, by role: an officer's municipality (worklist, counts, expiring permits and
 * marks, open signals), a coordinator's province at a glance, an auditor's latest changes. Each item links to the
 * page where the work is done.
 */
@Named
@RequestScoped
public class MonitoringHomeBacking {

    private static final int RECENT_IMPORTS = 5;
    private static final int LATEST_CHANGES = 10;
    private static final int NAMED_MUNICIPALITIES = 12;

    @Inject
    WaitingWork work;

    @Inject
    MunicipalityAreas areas;

    @Inject
    HousingLocations locations;

    @Inject
    LayoutBacking layout;

    private MunicipalWork municipal;
    private ProvincialWork provincial;
    private List<MonitoringChange> changes = List.of();
    private Map<String, String> names = Map.of();

    @PostConstruct
    void load() {
        AccountView account = layout.getAccount();
        if (account == null) {
            return;
        }
        switch (account.role()) {
            case OFFICER -> FacadeCalls.attempt(() -> municipal = work.ofMunicipality(account.municipalityCode()));
            case COORDINATOR -> FacadeCalls.attempt(() -> provincial = work.ofProvince(RECENT_IMPORTS));
            case AUDITOR -> FacadeCalls.attempt(() -> {
                changes = work.latestChanges(LATEST_CHANGES);
                names = areas.all().stream().collect(Collectors.toMap(MunicipalityArea::code, MunicipalityArea::name));
            });
        }
    }

    /** The name of the location a signal concerns, as known now; empty when it is unknown or hidden. */
    public String locationName(Long locationId) {
        if (locationId == null) {
            return "";
        }
        String[] name = {""};
        FacadeCalls.attempt(() -> name[0] = locations.find(locationId, Instant.now())
                .map(l -> l.details().name()).orElse(""));
        return name[0];
    }

    public MunicipalWork getMunicipal() {
        return municipal;
    }

    public ProvincialWork getProvincial() {
        return provincial;
    }

    /** The first municipalities without a recent count, by name; the rest are counted, not named. */
    public List<Map.Entry<String, String>> getWithoutRecentCount() {
        return provincial == null ? List.of()
                : provincial.withoutRecentCount().entrySet().stream().limit(NAMED_MUNICIPALITIES).toList();
    }

    public int getWithoutRecentCountNotNamed() {
        return provincial == null ? 0 : Math.max(0, provincial.withoutRecentCount().size() - NAMED_MUNICIPALITIES);
    }

    public List<MonitoringChange> getChanges() {
        return changes;
    }

    public String municipalityName(String code) {
        return names.getOrDefault(code, code);
    }

    /** Where a change is seen: the page of its kind of record, showing its municipality. */
    public String pageOf(MonitoringChange change) {
        String page = switch (change.kind()) {
            case COUNT -> "counts";
            case LOCATION, OCCUPANCY -> "locations";
            case INSPECTION, SIGNAL -> "inspections";
        };
        return "/app/monitoring/" + page + ".xhtml";
    }
}
