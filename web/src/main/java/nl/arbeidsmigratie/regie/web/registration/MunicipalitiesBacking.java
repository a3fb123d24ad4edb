package nl.arbeidsmigratie.regie.web.registration;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import nl.arbeidsmigratie.regie.registration.api.AreaChoices;
import nl.arbeidsmigratie.regie.registration.api.ContactDetails;
import nl.arbeidsmigratie.regie.registration.api.ContactView;
import nl.arbeidsmigratie.regie.registration.api.MembershipView;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityChange;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityDirectory;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityView;
import nl.arbeidsmigratie.regie.registration.api.PolicyField;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import nl.arbeidsmigratie.regie.web.faces.AskedMunicipality;
import nl.arbeidsmigratie.regie.web.faces.LayoutBacking;
import nl.arbeidsmigratie.regie.web.faces.SpreadsheetFiles;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The municipalities page: the register as a lazy table with CSV export, and the coordinator's dialogs for a
 * municipality's region and status and for its contact persons.
 */
@Named
@ViewScoped
public class MunicipalitiesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MunicipalityDirectory directory;

    @Inject
    LayoutBacking layout;

    private MunicipalityLazyModel model;
    private List<String> regions;
    private List<String> provinces;
    private boolean mayEdit;

    private MunicipalityView editing;
    private MunicipalityView conflict;
    private List<MembershipView> history;
    private String region;
    private boolean active;
    private MunicipalityView successor;
    private LocalDate inactiveSince;

    private Long contactId;
    private long contactVersion;
    private String contactName;
    private String contactFunction;
    private PolicyField contactField;
    private String contactEmail;
    private String contactPhone;

    @PostConstruct
    void init() {
        model = new MunicipalityLazyModel(directory);
        AreaChoices choices = directory.choices();
        regions = choices.regions();
        provinces = choices.provinces();
        mayEdit = layout.isCoordinator();
    }

    public void startEditing(String code) {
        conflict = null;
        directory.find(code).ifPresent(this::edit);
        history = directory.regionHistory(code);
    }

    public void save() {
        update(() -> directory.change(new MunicipalityChange(editing.code(), region, active,
                successor == null ? null : successor.code(), inactiveSince, editing.version())));
    }

    public void startNewContact() {
        contactId = null;
        contactVersion = 0;
        contactName = null;
        contactFunction = null;
        contactField = null;
        contactEmail = null;
        contactPhone = null;
    }

    public void startEditingContact(ContactView contact) {
        contactId = contact.id();
        contactVersion = contact.version();
        contactName = contact.name();
        contactFunction = contact.function();
        contactField = contact.policyField();
        contactEmail = contact.email();
        contactPhone = contact.phone();
    }

    public void saveContact() {
        ContactDetails details = new ContactDetails(contactName, contactFunction, contactField, contactEmail,
                contactPhone);
        boolean saved = update(() -> contactId == null ? directory.addContact(editing.code(), details)
                : directory.changeContact(editing.code(), contactId, contactVersion, details));
        if (saved) {
            startNewContact();
        }
    }

    public void removeContact(ContactView contact) {
        update(() -> directory.removeContact(editing.code(), contact.id()));
    }

    /** The whole register as filtered now, as a CSV download. */
    public void exportCsv() throws IOException {
        SpreadsheetFiles.send(directory.exportCsv(model.currentQuery()),
                "en".equals(Faces.getLocale().getLanguage()) ? "municipalities.csv" : "gemeenten.csv");
    }

    private boolean update(Supplier<MunicipalityView> change) {
        return FacadeCalls.of(() -> {
            MunicipalityView saved = change.get();
            Messages.addGlobalInfo("municipality.saved", saved.name());
            edit(saved);
            conflict = null;
        }).onConflict(e -> {
            // Keep what the user typed and show what the other person saved; they decide which to keep.
            conflict = (MunicipalityView) e.current();
            editing = conflict;
            Messages.addGlobalWarn("conflict.title");
        }).run();
    }

    private void edit(MunicipalityView municipality) {
        editing = municipality;
        region = municipality.region();
        active = municipality.active();
        successor = municipality.successorCode() == null ? null
                : directory.find(municipality.successorCode()).orElse(null);
        inactiveSince = municipality.inactiveSince();
    }

    /** The municipalities a merged one may have gone into: any matching but itself. */
    public List<MunicipalityView> completeSuccessor(String query) {
        return model.matching(query).stream()
                .filter(m -> editing == null || !m.code().equals(editing.code())).toList();
    }

    public PolicyField[] getPolicyFields() {
        return PolicyField.values();
    }

    public MunicipalityLazyModel getModel() {
        return model;
    }

    public List<String> getRegions() {
        return regions;
    }

    public List<String> getProvinces() {
        return provinces;
    }

    public boolean isMayEdit() {
        return mayEdit;
    }

    /** Whether the caller may open the municipality's overview ({@link AskedMunicipality#mayOpen}). */
    public boolean mayOpen(String code) {
        return AskedMunicipality.mayOpen(layout.getAccount(), code);
    }

    public MunicipalityView getEditing() {
        return editing;
    }

    public MunicipalityView getConflict() {
        return conflict;
    }

    public List<MembershipView> getHistory() {
        return history;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public MunicipalityView getSuccessor() {
        return successor;
    }

    public void setSuccessor(MunicipalityView successor) {
        this.successor = successor;
    }

    public LocalDate getInactiveSince() {
        return inactiveSince;
    }

    public void setInactiveSince(LocalDate inactiveSince) {
        this.inactiveSince = inactiveSince;
    }

    public Long getContactId() {
        return contactId;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactFunction() {
        return contactFunction;
    }

    public void setContactFunction(String contactFunction) {
        this.contactFunction = contactFunction;
    }

    public PolicyField getContactField() {
        return contactField;
    }

    public void setContactField(PolicyField contactField) {
        this.contactField = contactField;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }
}
