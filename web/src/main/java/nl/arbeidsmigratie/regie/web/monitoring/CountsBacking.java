package nl.arbeidsmigratie.regie.web.monitoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.arbeidsmigratie.regie.monitoring.api.ChangeLogEntry;
import nl.arbeidsmigratie.regie.monitoring.api.CountDefinition;
import nl.arbeidsmigratie.regie.monitoring.api.CountFigures;
import nl.arbeidsmigratie.regie.monitoring.api.CountView;
import nl.arbeidsmigratie.regie.monitoring.api.MunicipalCounts;
import nl.arbeidsmigratie.regie.monitoring.api.StayClasses;
import nl.arbeidsmigratie.regie.monitoring.api.StayThresholds;
import nl.arbeidsmigratie.regie.platform.api.Page;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import org.omnifaces.util.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The counts page: a municipality's counts with their provenance, as known now or on any earlier moment;
 * officers record and correct their own municipality's counts, coordinators any.
 */
@Named
@ViewScoped
public class CountsBacking extends MunicipalityPage {

    private static final long serialVersionUID = 1L;

    @Inject
    MunicipalCounts counts;

    @Inject
    StayClasses stayClasses;

    private final Counts shown = new Counts();
    private String shownMunicipality;
    private Instant shownMoment;
    private List<ChangeLogEntry> changeLog;

    private Long correcting;
    private LocalDate referenceDate;
    private Integer registeredBrp;
    private Integer registeredRni;
    private Integer working;
    private Integer estimateMin;
    private Integer estimateMax;
    private String source;
    private String method;
    private CountDefinition definition = CountDefinition.LIVING_IN;
    private Integer shortStayMonths;
    private Integer longStayMonths;
    private StayThresholds stayThresholds;
    private Integer newShortStayMonths;
    private Integer newLongStayMonths;
    private String reason;
    private Long errorCount;
    private String errorReason;

    @Override
    public void load() {
        shownMunicipality = getMunicipality().code();
        shownMoment = moment();
        // as known on a moment, the stay classes in force then: those the counts recorded then were split by
        stayThresholds = showsNow() ? stayClasses.of(shownMunicipality)
                : stayClasses.asKnownOn(shownMunicipality, shownMoment);
    }

    /** A new count starts with the municipality's stay thresholds. */
    public void startNew() {
        correcting = null;
        // read again: another tab may have set them since the page was shown
        StayThresholds inForce = stayClasses.of(getMunicipality().code());
        if (showsNow()) {
            stayThresholds = inForce;
        }
        fill(new CountFigures(getMunicipality().code(), null, null, null, null, null, null, null, null,
                CountDefinition.LIVING_IN, inForce.shortStayMonths(), inForce.longStayMonths()));
        reason = null;
    }

    public void startThresholdChange() {
        stayThresholds = stayClasses.of(shownMunicipality);
        newShortStayMonths = stayThresholds.shortStayMonths();
        newLongStayMonths = stayThresholds.longStayMonths();
    }

    /** Sets the municipality's stay thresholds on top of the ones the dialog opened with. */
    public void saveThresholds() {
        if (FacadeCalls.of(() -> stayThresholds = stayClasses.change(shownMunicipality, newShortStayMonths,
                        newLongStayMonths, stayThresholds.version()))
                .onConflict(conflict -> {
                    stayThresholds = (StayThresholds) conflict.current();
                    Messages.addGlobalError(conflict.messageKey());
                })
                .fieldsIn("thresholdsForm", "shortStayMonths", "newShortStay", "longStayMonths", "newLongStay").run()) {
            Messages.addGlobalInfo("stay.saved");
        }
    }

    public void startCorrection(CountView count) {
        correcting = count.id();
        fill(count.figures());
        reason = null;
    }

    public void showHistory(CountView count) {
        changeLog = counts.changeLog(count.id());
    }

    public void save() {
        CountFigures figures = new CountFigures(getMunicipality().code(), referenceDate, registeredBrp, registeredRni, working,
                estimateMin, estimateMax, source, method, definition, shortStayMonths, longStayMonths);
        if (FacadeCalls.of(() -> {
            if (correcting == null) {
                counts.record(figures);
            } else {
                counts.correct(correcting, figures, reason);
            }
        }).fieldsIn("countForm", "registeredBrp", "brp", "registeredRni", "rni", "shortStayMonths", "shortStay",
                "longStayMonths", "longStay").run()) {
            Messages.addGlobalInfo("count.saved");
            showNow();
            load();
        }
    }

    public void startErrorMark(CountView count) {
        errorCount = count.id();
        errorReason = null;
    }

    /** Coordinators mark a count as wrong altogether; it stays in the history with the reason. */
    public void markAsError() {
        if (FacadeCalls.attempt(() -> counts.markAsError(errorCount, errorReason))) {
            Messages.addGlobalInfo("history.marked-error");
            showNow();
            load();
        }
    }

    public String getErrorReason() {
        return errorReason;
    }

    public void setErrorReason(String errorReason) {
        this.errorReason = errorReason;
    }

    private void fill(CountFigures f) {
        referenceDate = f.referenceDate();
        registeredBrp = f.registeredBrp();
        registeredRni = f.registeredRni();
        working = f.working();
        estimateMin = f.estimateMin();
        estimateMax = f.estimateMax();
        source = f.source();
        method = f.method();
        definition = f.definition();
        shortStayMonths = f.shortStayMonths();
        longStayMonths = f.longStayMonths();
    }

    public CountDefinition[] getDefinitions() {
        return CountDefinition.values();
    }

    public LazyDataModel<CountView> getShown() {
        return shown;
    }

    public List<ChangeLogEntry> getChangeLog() {
        return changeLog;
    }

    public Long getCorrecting() {
        return correcting;
    }

    public LocalDate getReferenceDate() {
        return referenceDate;
    }

    public void setReferenceDate(LocalDate referenceDate) {
        this.referenceDate = referenceDate;
    }

    public Integer getRegisteredBrp() {
        return registeredBrp;
    }

    public void setRegisteredBrp(Integer registeredBrp) {
        this.registeredBrp = registeredBrp;
    }

    public Integer getRegisteredRni() {
        return registeredRni;
    }

    public void setRegisteredRni(Integer registeredRni) {
        this.registeredRni = registeredRni;
    }

    public Integer getWorking() {
        return working;
    }

    public void setWorking(Integer working) {
        this.working = working;
    }

    public Integer getEstimateMin() {
        return estimateMin;
    }

    public void setEstimateMin(Integer estimateMin) {
        this.estimateMin = estimateMin;
    }

    public Integer getEstimateMax() {
        return estimateMax;
    }

    public void setEstimateMax(Integer estimateMax) {
        this.estimateMax = estimateMax;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public CountDefinition getDefinition() {
        return definition;
    }

    public void setDefinition(CountDefinition definition) {
        this.definition = definition;
    }

    public Integer getShortStayMonths() {
        return shortStayMonths;
    }

    public void setShortStayMonths(Integer shortStayMonths) {
        this.shortStayMonths = shortStayMonths;
    }

    public Integer getLongStayMonths() {
        return longStayMonths;
    }

    public void setLongStayMonths(Integer longStayMonths) {
        this.longStayMonths = longStayMonths;
    }

    public StayThresholds getStayThresholds() {
        return stayThresholds;
    }

    public Integer getNewShortStayMonths() {
        return newShortStayMonths;
    }

    public void setNewShortStayMonths(Integer newShortStayMonths) {
        this.newShortStayMonths = newShortStayMonths;
    }

    public Integer getNewLongStayMonths() {
        return newLongStayMonths;
    }

    public void setNewLongStayMonths(Integer newLongStayMonths) {
        this.newLongStayMonths = newLongStayMonths;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** Pages through the counts in the database: an import may add a hundred thousand. */
    private final class Counts extends LazyDataModel<CountView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return shownMunicipality == null ? 0
                    : (int) counts.pageAsKnownOn(shownMunicipality, shownMoment, 0, 1).total();
        }

        @Override
        public List<CountView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                    Map<String, FilterMeta> filterBy) {
            if (shownMunicipality == null) {
                setRowCount(0);
                return List.of();
            }
            Page<CountView> page = counts.pageAsKnownOn(shownMunicipality, shownMoment, first,
                    Math.min(pageSize, MunicipalCounts.MAX_PAGE));
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(CountView count) {
            return String.valueOf(count.id());
        }
    }
}
