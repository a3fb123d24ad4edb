package nl.arbeidsmigratie.regie.web.registration;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.EditionState;
import nl.arbeidsmigratie.regie.registration.api.EditionView;
import nl.arbeidsmigratie.regie.registration.api.Editions;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentContact;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentRequest;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentStatus;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentView;
import nl.arbeidsmigratie.regie.registration.api.Enrolments;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityDirectory;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityQuery;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityView;
import nl.arbeidsmigratie.regie.registration.api.PolicyPhase;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import nl.arbeidsmigratie.regie.web.faces.LayoutBacking;
import nl.arbeidsmigratie.regie.web.faces.NotFound;
import nl.arbeidsmigratie.regie.web.faces.RecordIds;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The circle's public page: the current edition (or the one in {@code ?edition=}), its learning goals and
 * meetings, and the enrolment form for those who may enrol while enrolment is open. A municipality already
 * enrolled is told so before anyone fills in the form: an officer sees their enrolment instead of the form, a
 * coordinator finds it marked and not selectable in the chooser. With {@code ?enrolment=} the form shows a standing
 * enrolment of this edition to change: the officer's own, or any for a coordinator.
 */
@Named
@ViewScoped
public class CircleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Editions editions;

    @Inject
    Enrolments enrolments;

    @Inject
    MunicipalityDirectory directory;

    @Inject
    LayoutBacking layout;

    private EditionView edition;
    private List<MunicipalityView> municipalities = List.of();
    private EnrolmentView ownEnrolment;
    private EnrolmentView revising;
    private Set<String> enrolledCodes = Set.of();

    private String municipalityCode;
    private String contactName;
    private String contactEmail;
    private PolicyPhase policyPhase;
    private LearningGoal[] learningGoals = {};
    private String bottlenecks;
    private boolean committed;
    private boolean unknownAsked;
    private final List<ContactRow> otherContacts = new ArrayList<>();

    @PostConstruct
    void init() {
        // an edition asked for and not there is said to be so, not silently swapped for the current one
        Optional<EditionView> requested = requestedEdition();
        unknownAsked = NotFound.asked("edition") && requested.isEmpty();
        edition = unknownAsked ? null : requested.or(editions::current).orElse(null);
        NotFound.whenMissing(unknownAsked, null);
        AccountView account = layout.getAccount();
        if (layout.isOfficer()) {
            municipalityCode = account.municipalityCode();
            contactName = account.displayName();
            contactEmail = account.email();
            // a municipality enrols once per edition: one withdrawn or declined is its enrolment too
            ownEnrolment = edition == null ? null : enrolments.own().stream()
                    .filter(e -> e.editionId() == edition.id()).findFirst().orElse(null);
        } else if (layout.isCoordinator()) {
            // those merged into others enrol no more: their successors do
            municipalities = directory.search(MunicipalityQuery.all()).items().stream()
                    .filter(MunicipalityView::active).toList();
            enrolledCodes = edition == null ? Set.of() : enrolments.list(edition.id(), Set.of()).stream()
                    .map(EnrolmentView::municipalityCode)
                    .collect(Collectors.toUnmodifiableSet());
        }
        if (Faces.getRequestParameter("enrolment") != null && edition != null) {
            revising = requestedEnrolment().orElse(null);
            if (revising == null) {
                Messages.addGlobalWarn("enrolment.revise.unavailable");
            } else {
                fillIn(revising);
            }
        }
    }

    /** The standing enrolment of this edition named in the address that the caller may change. */
    private Optional<EnrolmentView> requestedEnrolment() {
        if (!layout.isOfficer() && !layout.isCoordinator()) {
            return Optional.empty();
        }
        try {
            long id = RecordIds.parse(Faces.getRequestParameter("enrolment"));
            List<EnrolmentView> seen = layout.isOfficer() ? enrolments.own() : enrolments.list(edition.id(), Set.of());
            return seen.stream().filter(e -> e.id() == id && e.editionId() == edition.id() && e.status().isOpen())
                    .findFirst();
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    private void fillIn(EnrolmentView enrolment) {
        municipalityCode = enrolment.municipalityCode();
        contactName = enrolment.contactName();
        contactEmail = enrolment.contactEmail();
        policyPhase = enrolment.policyPhase();
        learningGoals = enrolment.learningGoals().toArray(LearningGoal[]::new);
        bottlenecks = enrolment.bottlenecks();
        committed = true;
        otherContacts.clear();
        for (EnrolmentContact contact : enrolment.otherContacts()) {
            ContactRow row = new ContactRow();
            row.setName(contact.name());
            row.setEmail(contact.email());
            otherContacts.add(row);
        }
    }

    private Optional<EditionView> requestedEdition() {
        String requested = Faces.getRequestParameter("edition");
        if (requested == null) {
            return Optional.empty();
        }
        try {
            return editions.find(RecordIds.parse(requested));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    public String enrol() {
        EnrolmentRequest request = new EnrolmentRequest(edition.id(), municipalityCode, contactName, contactEmail,
                policyPhase, learningGoals == null ? Set.of() : Set.of(learningGoals), bottlenecks, committed,
                otherContacts.stream().map(c -> new EnrolmentContact(c.getName(), c.getEmail())).toList());
        if (revising != null) {
            return revise(request);
        }
        boolean enrolled = FacadeCalls.of(() -> {
            EnrolmentView enrolment = enrolments.enrol(request);
            if (enrolment.status() == EnrolmentStatus.WAITING_LIST) {
                Messages.addFlashGlobalWarn("enrolment.waitlisted", enrolment.municipalityName(),
                        enrolment.waitingPosition());
            } else {
                // a coordinator enrolling a municipality decides on it themselves
                Messages.addFlashGlobalInfo(layout.isCoordinator() ? "enrolment.received.coordinator"
                        : "enrolment.received", enrolment.municipalityName());
            }
        }).onInvalid(e -> Messages.addError("enrol:" + e.field(), e.messageKey(), e.arguments())).run();
        if (enrolled) {
            return "/app/registration/enrolments?faces-redirect=true&edition=" + edition.id();
        }
        edition = editions.find(edition.id()).orElse(edition);
        return null;
    }

    private String revise(EnrolmentRequest request) {
        boolean revised = FacadeCalls.of(() -> {
            EnrolmentView enrolment = enrolments.revise(revising.id(), revising.version(), request);
            Messages.addFlashGlobalInfo("enrolment.revised", enrolment.municipalityName());
        }).onConflict("enrolment.revise.conflict")
                .onInvalid(e -> Messages.addError("enrol:" + e.field(), e.messageKey(), e.arguments())).run();
        return revised ? "/app/registration/enrolments?faces-redirect=true&edition=" + edition.id() : null;
    }

    /** One more row for a contact person, up to what an enrolment takes. */
    public void addContact() {
        if (otherContacts.size() < Enrolments.MAX_OTHER_CONTACTS) {
            otherContacts.add(new ContactRow());
        }
    }

    public void removeContact(int index) {
        if (index >= 0 && index < otherContacts.size()) {
            otherContacts.remove(index);
        }
    }

    public List<ContactRow> getOtherContacts() {
        return otherContacts;
    }

    public boolean isMoreContactsAllowed() {
        return otherContacts.size() < Enrolments.MAX_OTHER_CONTACTS;
    }

    /** A further contact person as typed. */
    public static class ContactRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String name;
        private String email;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }
    }

    public EditionView getEdition() {
        return edition;
    }

    public boolean isClosed() {
        return edition != null && edition.state() == EditionState.CLOSED;
    }

    public boolean isEnrolmentOpen() {
        return edition != null && edition.state().acceptsEnrolments();
    }

    public boolean isFormShown() {
        return revising != null
                || isEnrolmentOpen() && ownEnrolment == null && (layout.isOfficer() || layout.isCoordinator());
    }

    /** The standing enrolment the form changes; null when it makes a new one. */
    public EnrolmentView getRevising() {
        return revising;
    }

    /** The officer's own open enrolment for this edition, shown instead of the form; null when there is none. */
    public EnrolmentView getOwnEnrolment() {
        return ownEnrolment;
    }

    public boolean enrolled(String code) {
        return enrolledCodes.contains(code);
    }

    public boolean isChoosingMunicipality() {
        return layout.isCoordinator() && revising == null;
    }

    public List<LearningGoal> getGoals() {
        return List.copyOf(EnumSet.allOf(LearningGoal.class));
    }

    public List<PolicyPhase> getPhases() {
        return List.copyOf(EnumSet.allOf(PolicyPhase.class));
    }

    public List<MunicipalityView> getMunicipalities() {
        return municipalities;
    }

    public String getMunicipalityName() {
        if (revising != null) {
            return revising.municipalityName();
        }
        return layout.isOfficer() ? layout.getAccount().municipalityName() : null;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(String municipalityCode) {
        if (isChoosingMunicipality()) {
            this.municipalityCode = municipalityCode;
        }
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public PolicyPhase getPolicyPhase() {
        return policyPhase;
    }

    public void setPolicyPhase(PolicyPhase policyPhase) {
        this.policyPhase = policyPhase;
    }

    public LearningGoal[] getLearningGoals() {
        return learningGoals.clone();
    }

    public void setLearningGoals(LearningGoal[] learningGoals) {
        this.learningGoals = learningGoals == null ? new LearningGoal[0] : learningGoals.clone();
    }

    public String getBottlenecks() {
        return bottlenecks;
    }

    public void setBottlenecks(String bottlenecks) {
        this.bottlenecks = bottlenecks;
    }

    /** The address named an edition that does not exist. */
    public boolean isUnknownAsked() {
        return unknownAsked;
    }

    public boolean isCommitted() {
        return committed;
    }

    public void setCommitted(boolean committed) {
        this.committed = committed;
    }
}
