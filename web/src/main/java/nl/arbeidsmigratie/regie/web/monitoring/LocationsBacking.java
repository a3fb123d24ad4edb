package nl.arbeidsmigratie.regie.web.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.arbeidsmigratie.regie.monitoring.api.ChangeLogEntry;
import nl.arbeidsmigratie.regie.monitoring.api.HousingForm;
import nl.arbeidsmigratie.regie.monitoring.api.HousingLocations;
import nl.arbeidsmigratie.regie.monitoring.api.LocationDetails;
import nl.arbeidsmigratie.regie.monitoring.api.LocationStatus;
import nl.arbeidsmigratie.regie.monitoring.api.LocationView;
import nl.arbeidsmigratie.regie.monitoring.api.NormCheck;
import nl.arbeidsmigratie.regie.monitoring.api.Norms;
import nl.arbeidsmigratie.regie.monitoring.api.OccupancyFigures;
import nl.arbeidsmigratie.regie.monitoring.api.OccupancyReports;
import nl.arbeidsmigratie.regie.monitoring.api.StayClasses;
import nl.arbeidsmigratie.regie.monitoring.api.StayThresholds;
import nl.arbeidsmigratie.regie.monitoring.api.OccupancyView;
import nl.arbeidsmigratie.regie.monitoring.api.PermitKind;
import nl.arbeidsmigratie.regie.monitoring.api.QualityMark;
import nl.arbeidsmigratie.regie.monitoring.api.StayFocus;
import nl.arbeidsmigratie.regie.monitoring.api.Worklist;
import nl.arbeidsmigratie.regie.monitoring.api.WorklistItem;
import nl.arbeidsmigratie.regie.monitoring.api.WorklistKind;
import nl.arbeidsmigratie.regie.platform.api.DutchDates;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.SearchText;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The locations page: a municipality's housing locations as known now or at any earlier moment, those housing more
 * persons than beds flagged (the worklist's own rule, so list and worklist agree); for the chosen location its
 * occupancy reports, the norm check on a date, and the change log of every version. A report of more persons than
 * beds is saved (it is what was found) with a warning.
 *
 * <p>The list is paged (25 rows by default): a municipality may have hundreds of locations, and every row carries
 * its own commands. A link may name a location ({@code ?location=}): it is chosen and its page shown, as is the page
 * of a location just saved.
 */
@Named
@ViewScoped
public class LocationsBacking extends MunicipalityPage {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 25;

    @Inject
    HousingLocations locations;

    @Inject
    OccupancyReports occupancy;

    @Inject
    Norms norms;

    @Inject
    Worklist worklist;

    @Inject
    StayClasses stayClasses;

    private List<LocationView> shown = List.of();
    /** All the municipality's locations as known at the moment shown; {@link #shown} those the filters let through. */
    private List<LocationView> all = List.of();
    private String search;
    private LocationStatus statusShown;
    private int first;
    private int rows = PAGE;
    private Set<Long> overcrowded = Set.of();

    /** Where the outcome of a saved report is said: beside the location's reports. */
    private static final String REPORT_OUTCOME = "reportOutcome";

    private LocationView selected;
    private List<OccupancyView> reports;
    private LocalDate checkDate;
    private NormCheck normCheck;

    private Long editing;
    private int basedOnVersion;
    private LocationForm form = new LocationForm();
    private String reason;

    private Long correctingReport;
    private LocalDate referenceDate;
    private Integer persons;
    /** The number of persons above the beds that the user was asked about and saves on the next click. */
    private Integer confirmedPersons;
    private Integer shortStay;
    private Integer midStay;
    private Integer longStay;

    private List<ChangeLogEntry> changeLog;
    private String changeLogOf;

    private String errorReason;
    private Long errorReport;
    private StayThresholds stayThresholds;
    private StayThresholds reportedUnder;

    @PostConstruct
    void chooseAsked() {
        String asked = Faces.getRequestParameter("location");
        if (asked != null && asked.matches("[0-9]{1,18}")) {
            long id = Long.parseLong(asked);
            if (shown.stream().noneMatch(l -> l.locationId() == id) && isMayChooseMunicipality()) {
                // a link to a location of another municipality than the one shown first shows that municipality
                FacadeCalls.attempt(() -> locations.find(id, Instant.now()).map(l -> l.details().municipalityCode())
                        .flatMap(directory::find).ifPresent(other -> {
                            setMunicipality(other);
                            selectMunicipality();
                        }));
            }
            shown.stream().filter(l -> l.locationId() == id).findFirst().ifPresent(this::select);
        }
    }

    @Override
    protected void municipalityShown() {
        selected = null;
        first = 0;
        load();
    }

    /** The municipality's stay classes, named where a report splits its persons by them; read as the dialog opens. */
    public StayThresholds getStayThresholds() {
        return stayThresholds;
    }

    /** The stay classes the corrected report was split by, when they are not those in force; else null. */
    public StayThresholds getReportedUnder() {
        return reportedUnder;
    }

    @Override
    public void load() {
        all = locations.asKnownOn(getMunicipality().code(), moment());
        shown = filtered();
        String code = getMunicipality().code();
        overcrowded = (showsNow() ? worklist.ofMunicipality(code) : worklist.ofMunicipality(code, moment())).stream()
                .filter(item -> item.kind() == WorklistKind.OVERCROWDED).map(WorklistItem::locationId)
                .collect(Collectors.toUnmodifiableSet());
        if (first >= shown.size()) {
            first = 0;
        }
        if (selected != null) {
            long id = selected.locationId();
            selected = shown.stream().filter(l -> l.locationId() == id).findFirst().orElse(null);
            loadSelected();
            showPageOfSelected();
        }
    }

    /** Shows the locations the search and the status let through: the page of the chosen one, else the first. */
    public void filter() {
        shown = filtered();
        first = 0;
        showPageOfSelected();
    }

    /** The locations whose name, address, BAG id or operator holds every word searched for, in the status chosen. */
    private List<LocationView> filtered() {
        List<String> words = search == null || search.isBlank() ? List.of() : List.of(SearchText.fold(search.strip()).split("\\s+"));
        return all.stream().filter(l -> statusShown == null || l.details().status() == statusShown).filter(l -> {
            LocationDetails d = l.details();
            String text = Stream.of(d.name(), d.address().street(), d.address().houseNumber(), d.address().postcode(),
                            d.address().postcode() == null ? null : d.address().postcode().replace(" ", ""),
                            d.address().place(), d.bagId(), d.operator())
                    .filter(Objects::nonNull).collect(Collectors.joining(" "));
            return words.stream().allMatch(SearchText.fold(text)::contains);
        }).toList();
    }

    /** Pages to the chosen location, so that a location just saved or linked to is in sight. */
    private void showPageOfSelected() {
        int index = selected == null ? -1 : shown.indexOf(selected);
        if (index >= 0) {
            first = index / rows * rows;
        }
    }

    public boolean overcrowded(LocationView location) {
        return overcrowded.contains(location.locationId());
    }

    public void select(LocationView location) {
        selected = location;
        checkDate = null;
        loadSelected();
        showPageOfSelected();
    }

    private void loadSelected() {
        if (selected == null) {
            reports = List.of();
            normCheck = null;
            return;
        }
        reports = occupancy.asKnownOn(selected.locationId(), moment());
        if (checkDate == null) {
            checkDate = reports.isEmpty() ? LocalDate.now(DutchTime.ZONE) : reports.get(0).figures().referenceDate();
        }
        checkNorm();
    }

    public void checkNorm() {
        if (selected != null && checkDate != null) {
            normCheck = norms.check(selected.locationId(), checkDate, moment());
        }
    }

    public void startNew() {
        editing = null;
        form = new LocationForm();
        reason = null;
    }

    public void startEdit(LocationView location) {
        editing = location.locationId();
        basedOnVersion = location.version();
        form = LocationForm.of(location.details());
        reason = null;
    }

    public void saveLocation() {
        if (FacadeCalls.of(() -> {
            LocationView saved = editing == null
                    ? locations.register(form.details(getMunicipality().code()))
                    : locations.revise(editing, basedOnVersion, form.details(getMunicipality().code()), reason);
            selected = saved;
        }).fieldsIn("locationForm", "certificateNumber", "certificate", "lastAuditOn", "lastAudit", "validUntil",
                "markValidUntil", "permits", "permitNumber").run()) {
            Messages.addGlobalInfo("location.saved");
            showNow();
            checkDate = null;
            load();
        }
    }

    public void startReport() {
        correctingReport = null;
        reportedUnder = null;
        stayThresholds = stayClasses.of(getMunicipality().code());
        referenceDate = null;
        persons = null;
        shortStay = null;
        midStay = null;
        longStay = null;
        reason = null;
        confirmedPersons = null;
    }

    /**
     * A correction is recorded under the stay classes in force now; the report it corrects was split by those in force
     * when it was recorded, which the dialog names when they differ.
     */
    public void startReportCorrection(OccupancyView report) {
        correctingReport = report.id();
        String code = getMunicipality().code();
        stayThresholds = stayClasses.of(code);
        StayThresholds then = stayClasses.asKnownOn(code, report.recordedAt());
        reportedUnder = then.shortStayMonths() == stayThresholds.shortStayMonths()
                && then.longStayMonths() == stayThresholds.longStayMonths() ? null : then;
        OccupancyFigures f = report.figures();
        referenceDate = f.referenceDate();
        persons = f.persons();
        shortStay = f.shortStay();
        midStay = f.midStay();
        longStay = f.longStay();
        reason = null;
        confirmedPersons = null;
    }

    public void saveReport() {
        Integer beds = selected == null ? null : selected.details().facilities().beds();
        OccupancyFigures typed = new OccupancyFigures(selected == null ? 0 : selected.locationId(), referenceDate,
                persons, shortStay, midStay, longStay);
        if (beds != null && persons != null && persons > beds && persons <= OccupancyFigures.MOST_PERSONS
                && !typed.splitExceedsPersons() && !persons.equals(confirmedPersons)) {
            // more persons than beds is a typing error as often as it is overcrowding: asked before it is saved,
            // unless the figures are refused anyway
            confirmedPersons = persons;
            Messages.addWarn("reportForm:persons", "occupancy.overcrowded.confirm", persons, beds);
            Faces.validationFailed();
            return;
        }
        if (FacadeCalls.of(() -> {
            OccupancyFigures figures = new OccupancyFigures(selectedId(), referenceDate, persons, shortStay,
                    midStay, longStay);
            if (correctingReport == null) {
                occupancy.report(figures);
            } else {
                occupancy.correct(correctingReport, figures, reason);
            }
        }).fieldsIn("reportForm").run()) {
            showNow();
            checkDate = referenceDate;
            load();
            // said beside the reports, where the person is (a page's top is screens away on a phone); a refusal or the
            // question before saving stays in the dialog alone
            Messages.addInfo(REPORT_OUTCOME, "occupancy.saved");
            if (beds != null && persons != null && persons > beds) {
                // on the worklist only when it is the location's latest report, which the worklist judges
                Messages.addWarn(REPORT_OUTCOME, overcrowded.contains(selectedId()) ? "occupancy.overcrowded"
                        : "occupancy.overcrowded.earlier", persons, beds);
            }
        }
    }

    public void showLocationLog(LocationView location) {
        changeLog = locations.changeLog(location.locationId());
        changeLogOf = location.details().name();
    }

    public void showReportLog(OccupancyView report) {
        changeLog = occupancy.changeLog(report.id());
        changeLogOf = selected.details().name() + " – " + DutchDates.format(report.figures().referenceDate(), Faces.getLocale());
    }

    public void startErrorMark(OccupancyView report) {
        errorReport = report == null ? null : report.id();
        errorReason = null;
    }

    /** The chosen location; a post that acts on one before any was chosen (no page sends it) is refused. */
    private long selectedId() {
        if (selected == null) {
            throw new InvalidInputException(null, "error.nothing-chosen", "no location chosen");
        }
        return selected.locationId();
    }

    /** Coordinators mark the selected location, or the chosen report, as an error; the history keeps both. */
    public void markAsError() {
        if (FacadeCalls.attempt(() -> {
            if (errorReport == null) {
                locations.markAsError(selectedId(), errorReason);
            } else {
                occupancy.markAsError(errorReport, errorReason);
            }
        })) {
            Messages.addGlobalInfo("history.marked-error");
            showNow();
            load();
        }
    }

    public HousingForm[] getHousingForms() {
        return HousingForm.values();
    }

    public LocationStatus[] getStatuses() {
        return LocationStatus.values();
    }

    public QualityMark[] getMarks() {
        return QualityMark.values();
    }

    public StayFocus[] getStayFocuses() {
        return StayFocus.values();
    }

    public PermitKind[] getPermitKinds() {
        return PermitKind.values();
    }

    public List<LocationView> getShown() {
        return shown;
    }

    /** Whether any location is hidden by the search or the status. */
    public boolean isFiltered() {
        return shown.size() < all.size();
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public LocationStatus getStatusShown() {
        return statusShown;
    }

    public void setStatusShown(LocationStatus statusShown) {
        this.statusShown = statusShown;
    }

    /** The first row of the page shown; the table writes it back when the user pages. */
    public int getFirst() {
        return first;
    }

    public void setFirst(int first) {
        this.first = Math.max(0, first);
    }

    /** Rows per page, as the user chose them. */
    public int getRows() {
        return rows;
    }

    public void setRows(int rows) {
        this.rows = rows > 0 ? rows : PAGE;
    }

    public LocationView getSelected() {
        return selected;
    }

    public List<OccupancyView> getReports() {
        return reports;
    }

    public LocalDate getCheckDate() {
        return checkDate;
    }

    public void setCheckDate(LocalDate checkDate) {
        this.checkDate = checkDate;
    }

    public NormCheck getNormCheck() {
        return normCheck;
    }

    public Long getEditing() {
        return editing;
    }

    public LocationForm getForm() {
        return form;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getCorrectingReport() {
        return correctingReport;
    }

    public LocalDate getReferenceDate() {
        return referenceDate;
    }

    public void setReferenceDate(LocalDate referenceDate) {
        this.referenceDate = referenceDate;
    }

    public Integer getPersons() {
        return persons;
    }

    public void setPersons(Integer persons) {
        this.persons = persons;
    }

    public Integer getShortStay() {
        return shortStay;
    }

    public void setShortStay(Integer shortStay) {
        this.shortStay = shortStay;
    }

    public Integer getMidStay() {
        return midStay;
    }

    public void setMidStay(Integer midStay) {
        this.midStay = midStay;
    }

    public Integer getLongStay() {
        return longStay;
    }

    public void setLongStay(Integer longStay) {
        this.longStay = longStay;
    }

    public List<ChangeLogEntry> getChangeLog() {
        return changeLog;
    }

    public String getChangeLogOf() {
        return changeLogOf;
    }

    public String getErrorReason() {
        return errorReason;
    }

    public void setErrorReason(String errorReason) {
        this.errorReason = errorReason;
    }

    public Long getErrorReport() {
        return errorReport;
    }
}
