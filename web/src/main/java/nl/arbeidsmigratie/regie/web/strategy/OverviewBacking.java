package nl.arbeidsmigratie.regie.web.strategy;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityArea;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityAreas;
import nl.arbeidsmigratie.regie.strategy.api.Completeness;
import nl.arbeidsmigratie.regie.strategy.api.DocumentStatus;
import nl.arbeidsmigratie.regie.strategy.api.OverviewRow;
import nl.arbeidsmigratie.regie.strategy.api.ProvinceOverview;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import nl.arbeidsmigratie.regie.web.faces.SpreadsheetFiles;
import org.omnifaces.util.Faces;

/**
 * The province overview for coordinators: where every enrolled municipality's (and every other's with a document)
 * strategy document stands, how complete it is per learning goal, filtered by region and status, and as CSV.
 */
@Named
@ViewScoped
public class OverviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProvinceOverview overview;

    @Inject
    MunicipalityAreas areas;

    private String region;
    private DocumentStatus status;
    private List<OverviewRow> rows = List.of();
    private List<String> regions = List.of();

    @PostConstruct
    void init() {
        regions = areas.all().stream().map(MunicipalityArea::region).filter(Objects::nonNull).distinct().sorted()
                .toList();
        load();
    }

    public void load() {
        FacadeCalls.attempt(() -> rows = overview.rows(region, status));
    }

    public void exportCsv() throws IOException {
        SpreadsheetFiles.send(overview.csv(region, status),
                "en".equals(Faces.getLocale().getLanguage()) ? "strategy-overview.csv" : "strategie-overzicht.csv");
    }

    public Completeness completeness(OverviewRow row, LearningGoal goal) {
        return row.completeness().getOrDefault(goal, Completeness.EMPTY);
    }

    public List<LearningGoal> getGoals() {
        return List.of(LearningGoal.values());
    }

    public List<Completeness> getCompleteness() {
        return List.of(Completeness.values());
    }

    /** The statuses a row of the overview can have: a withdrawn document is none of a municipality's current ones. */
    public List<DocumentStatus> getStatuses() {
        return java.util.Arrays.stream(DocumentStatus.values()).filter(s -> s != DocumentStatus.WITHDRAWN).toList();
    }

    public List<String> getRegions() {
        return regions;
    }

    public List<OverviewRow> getRows() {
        return rows;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region == null || region.isBlank() ? null : region;
    }

    public DocumentStatus getStatus() {
        return status;
    }

    public void setStatus(DocumentStatus status) {
        this.status = status;
    }
}
