package nl.arbeidsmigratie.regie.web.monitoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.arbeidsmigratie.regie.monitoring.api.HousingLocations;
import nl.arbeidsmigratie.regie.monitoring.api.InspectionEntry;
import nl.arbeidsmigratie.regie.monitoring.api.InspectionView;
import nl.arbeidsmigratie.regie.monitoring.api.Inspections;
import nl.arbeidsmigratie.regie.monitoring.api.LocationView;
import nl.arbeidsmigratie.regie.monitoring.api.Measure;
import nl.arbeidsmigratie.regie.monitoring.api.SignalEntry;
import nl.arbeidsmigratie.regie.monitoring.api.SignalKind;
import nl.arbeidsmigratie.regie.monitoring.api.SignalStatus;
import nl.arbeidsmigratie.regie.monitoring.api.SignalView;
import nl.arbeidsmigratie.regie.monitoring.api.Signals;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import org.omnifaces.util.Messages;

/**
 * The enforcement page of a municipality: its inspections with the norm check they kept, and its signals.
 * Officers record for their own municipality, coordinators for any; auditors read.
 */
@Named
@ViewScoped
public class InspectionsBacking extends MunicipalityPage {

    private static final long serialVersionUID = 1L;

    @Inject
    Inspections inspections;

    @Inject
    Signals signals;

    @Inject
    HousingLocations locations;

    private List<InspectionView> inspectionList;
    /** The inspection the dialog corrects; null when it records a new one. */
    private InspectionView correcting;
    private List<SignalView> signalList;
    private List<LocationView> locationList;
    private Map<Long, String> locationNames;
    private List<SignalView> history;

    private Long locationId;
    private LocalDate inspectedOn;
    private String inspector;
    private String findings;
    private Measure measure;
    private LocalDate followUpOn;

    private LocalDate signalledOn;
    private SignalKind kind;
    private String source;
    private String text;
    private AddressForm address = new AddressForm();

    private SignalView changing;
    private SignalStatus status;
    private Long linkLocationId;
    private String reason;

    /** Inspections and signals as known at the chosen moment; the locations to choose from are today's. */
    @Override
    public void load() {
        locationList = locations.asKnownOn(getMunicipality().code(), Instant.now());
        locationNames = new HashMap<>();
        locationList.forEach(l -> locationNames.put(l.locationId(), l.details().name()));
        Instant moment = moment();
        inspectionList = inspections.asKnownOn(getMunicipality().code(), moment);
        signalList = signals.asKnownOn(getMunicipality().code(), moment);
    }

    public void startInspection() {
        correcting = null;
        locationId = null;
        inspectedOn = null;
        inspector = null;
        findings = null;
        measure = Measure.NONE;
        followUpOn = null;
    }

    /** The dialog filled with the inspection as recorded, to be saved as its correction with a reason. */
    public void startCorrection(InspectionView inspection) {
        correcting = inspection;
        locationId = inspection.locationId();
        inspectedOn = inspection.inspectedOn();
        inspector = inspection.inspector();
        findings = inspection.findings();
        measure = inspection.measure();
        followUpOn = inspection.followUpOn();
        reason = null;
    }

    public void saveInspection() {
        InspectionEntry entry = new InspectionEntry(locationId, inspectedOn, inspector, findings, measure, followUpOn);
        if (correcting == null) {
            attempt(() -> inspections.record(entry), "inspection.saved", "inspectionForm");
        } else {
            attempt(() -> inspections.correct(correcting.id(), entry, reason), "inspection.corrected",
                    "inspectionForm", "reason", "correctionReason");
        }
    }

    public InspectionView getCorrecting() {
        return correcting;
    }

    public void startSignal() {
        locationId = null;
        signalledOn = null;
        kind = SignalKind.NUISANCE;
        source = null;
        text = null;
        address = new AddressForm();
    }

    public void saveSignal() {
        attempt(() -> signals.report(new SignalEntry(getMunicipality().code(), locationId,
                address.address(), signalledOn, kind, source, text)), "signal.saved", "signalForm", "address", "street");
    }

    public void startChange(SignalView signal) {
        changing = signal;
        status = signal.status();
        linkLocationId = signal.locationId();
        reason = null;
    }

    public void saveChange() {
        attempt(() -> {
            if (changing == null) {
                // no page sends this before a signal was chosen
                throw new InvalidInputException(null, "error.nothing-chosen", "no signal chosen");
            }
            return signals.change(changing.signalId(), changing.version(), status, linkLocationId, reason);
        }, "signal.changed", "changeForm", "location", "linkLocation", "locationId", "linkLocation");
    }

    public void showHistory(SignalView signal) {
        history = signals.history(signal.signalId());
    }

    /**
     * Runs a change, its refusals shown beside the fields of {@code formId} ({@code renamed} as in
     * {@link FacadeCalls.Attempt#fieldsIn}); afterwards the lists show what is stored, also after someone else's
     * change came first.
     */
    private void attempt(Supplier<Object> change, String savedKey, String formId, String... renamed) {
        if (FacadeCalls.of(change::get).onConflict("signal.changed-meanwhile").fieldsIn(formId, renamed).run()) {
            Messages.addGlobalInfo(savedKey);
            showNow();
        }
        load();
    }

    /** The name of a location of the shown municipality, for the tables. */
    public String locationName(Long id) {
        return id == null ? "" : locationNames.getOrDefault(id, "#" + id);
    }


    public AddressForm getAddress() {
        return address;
    }

    public Measure[] getMeasures() {
        return Measure.values();
    }

    public SignalKind[] getKinds() {
        return SignalKind.values();
    }

    public SignalStatus[] getStatuses() {
        return SignalStatus.values();
    }

    public List<InspectionView> getInspections() {
        return inspectionList;
    }

    public List<SignalView> getSignals() {
        return signalList;
    }

    public List<LocationView> getLocations() {
        return locationList;
    }

    public List<SignalView> getHistory() {
        return history;
    }

    public SignalView getChanging() {
        return changing;
    }

    public Long getLocationId() {
        return locationId;
    }

    public void setLocationId(Long locationId) {
        this.locationId = locationId;
    }

    public LocalDate getInspectedOn() {
        return inspectedOn;
    }

    public void setInspectedOn(LocalDate inspectedOn) {
        this.inspectedOn = inspectedOn;
    }

    public String getInspector() {
        return inspector;
    }

    public void setInspector(String inspector) {
        this.inspector = inspector;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    public Measure getMeasure() {
        return measure;
    }

    public void setMeasure(Measure measure) {
        this.measure = measure;
    }

    public LocalDate getFollowUpOn() {
        return followUpOn;
    }

    public void setFollowUpOn(LocalDate followUpOn) {
        this.followUpOn = followUpOn;
    }

    public LocalDate getSignalledOn() {
        return signalledOn;
    }

    public void setSignalledOn(LocalDate signalledOn) {
        this.signalledOn = signalledOn;
    }

    public SignalKind getKind() {
        return kind;
    }

    public void setKind(SignalKind kind) {
        this.kind = kind;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }









    public SignalStatus getStatus() {
        return status;
    }

    public void setStatus(SignalStatus status) {
        this.status = status;
    }

    public Long getLinkLocationId() {
        return linkLocationId;
    }

    public void setLinkLocationId(Long linkLocationId) {
        this.linkLocationId = linkLocationId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
