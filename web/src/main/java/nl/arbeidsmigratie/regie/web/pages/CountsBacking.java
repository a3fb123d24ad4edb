package nl.arbeidsmigratie.regie.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.arbeidsmigratie.regie.monitoring.api.ChangeLogEntry;
import nl.arbeidsmigratie.regie.monitoring.api.CountDefinition;
import nl.arbeidsmigratie.regie.monitoring.api.CountFigures;
import nl.arbeidsmigratie.regie.monitoring.api.CountView;
import nl.arbeidsmigratie.regie.monitoring.api.MunicipalCounts;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityDirectory;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityQuery;
import nl.arbeidsmigratie.regie.registration.api.MunicipalitySort;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityView;
import nl.arbeidsmigratie.regie.registration.api.Role;
import org.omnifaces.util.Messages;

/**
 * The counts page: a municipality's counts with their provenance, as known now or on any earlier moment;
 * officers record and correct their own municipality's counts, coordinators any.
 */
@Named
@ViewScoped
public class CountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MunicipalCounts counts;

    @Inject
    MunicipalityDirectory directory;

    @Inject
    LayoutBacking layout;

    private MunicipalityView municipality;
    private LocalDateTime asKnownOn;
    private List<CountView> shown;
    private List<ChangeLogEntry> changeLog;
    private boolean mayWrite;

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
    private int shortStayMonths = 4;
    private int longStayMonths = 12;
    private String reason;
    private Long errorCount;
    private String errorReason;

    @PostConstruct
    void init() {
        AccountView account = layout.getAccount();
        String code = account.role() == Role.OFFICER ? account.municipalityCode() : "GM1783";
        show(code);
    }

    private void show(String code) {
        municipality = directory.find(code).orElseThrow();
        AccountView account = layout.getAccount();
        mayWrite = account.role() == Role.COORDINATOR
                || (account.role() == Role.OFFICER && code.equals(account.municipalityCode()));
        load();
    }

    public void load() {
        Instant moment = DateTimes.asKnownOn(asKnownOn, ChronoUnit.SECONDS);
        shown = counts.asKnownOn(municipality.code(), moment);
    }

    public void selectMunicipality() {
        show(municipality.code());
    }

    public List<MunicipalityView> completeMunicipality(String query) {
        return directory.search(new MunicipalityQuery(query, null, null, MunicipalitySort.NAME, false, 0, 15)).items();
    }

    public void startNew() {
        correcting = null;
        fill(new CountFigures(municipality.code(), null, null, null, null, null, null, null, null,
                CountDefinition.LIVING_IN, shortStayMonths, longStayMonths));
        reason = null;
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
        CountFigures figures = new CountFigures(municipality.code(), referenceDate, registeredBrp, registeredRni, working,
                estimateMin, estimateMax, source, method, definition, shortStayMonths, longStayMonths);
        if (FacadeCalls.attempt(() -> {
            if (correcting == null) {
                counts.record(figures);
            } else {
                counts.correct(correcting, figures, reason);
            }
        })) {
            Messages.addGlobalInfo("count.saved");
            asKnownOn = null;
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
            asKnownOn = null;
            load();
        }
    }

    public boolean isCoordinator() {
        return layout.getAccount().role() == Role.COORDINATOR;
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

    public boolean isMayChooseMunicipality() {
        return layout.getAccount().role() != Role.OFFICER;
    }

    public MunicipalityView getMunicipality() {
        return municipality;
    }

    public void setMunicipality(MunicipalityView municipality) {
        if (municipality != null) {
            this.municipality = municipality;
        }
    }

    public LocalDateTime getAsKnownOn() {
        return asKnownOn;
    }

    public void setAsKnownOn(LocalDateTime asKnownOn) {
        this.asKnownOn = asKnownOn;
    }

    public List<CountView> getShown() {
        return shown;
    }

    public List<ChangeLogEntry> getChangeLog() {
        return changeLog;
    }

    public boolean isMayWrite() {
        return mayWrite;
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

    public int getShortStayMonths() {
        return shortStayMonths;
    }

    public void setShortStayMonths(int shortStayMonths) {
        this.shortStayMonths = shortStayMonths;
    }

    public int getLongStayMonths() {
        return longStayMonths;
    }

    public void setLongStayMonths(int longStayMonths) {
        this.longStayMonths = longStayMonths;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
