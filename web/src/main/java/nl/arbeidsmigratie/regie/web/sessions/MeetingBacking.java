package nl.arbeidsmigratie.regie.web.sessions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.ResourceBundle;
import java.util.Set;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.platform.api.FileNames;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentStatus;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentView;
import nl.arbeidsmigratie.regie.registration.api.Enrolments;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityDirectory;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityView;
import nl.arbeidsmigratie.regie.registration.api.PolicyField;
import nl.arbeidsmigratie.regie.sessions.api.DatePollView;
import nl.arbeidsmigratie.regie.sessions.api.DatePolls;
import nl.arbeidsmigratie.regie.sessions.api.MeetingPlanning;
import nl.arbeidsmigratie.regie.sessions.api.MeetingRegistrations;
import nl.arbeidsmigratie.regie.sessions.api.MeetingStatus;
import nl.arbeidsmigratie.regie.sessions.api.MeetingView;
import nl.arbeidsmigratie.regie.sessions.api.NewRegistration;
import nl.arbeidsmigratie.regie.sessions.api.RegistrationStatus;
import nl.arbeidsmigratie.regie.sessions.api.RegistrationView;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import nl.arbeidsmigratie.regie.web.faces.LayoutBacking;
import nl.arbeidsmigratie.regie.web.faces.MessageTexts;
import nl.arbeidsmigratie.regie.web.faces.NotFound;
import nl.arbeidsmigratie.regie.web.faces.SpreadsheetFiles;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * One meeting ({@code ?id=}): its details and agenda, a link to its calendar file, its open poll. Officers register people of
 * their own municipality and cancel them; coordinators register for any participating municipality and, with
 * auditors, see everyone registered and export the list. A registration beyond the capacity waits, and says where.
 */
@Named
@ViewScoped
public class MeetingBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The fields of the registration form; other broken rules (full, closed) are shown above it. */
    private static final java.util.Set<String> FIELDS = java.util.Set.of("municipalityCode", "name", "email");
    /**
     * Where what came of a registration or its cancellation is said: beside the form, below the list, which may be
     * far down a phone's page.
     */
    private static final String REGISTRATION = "registrationOutcome";

    @Inject
    MeetingPlanning planning;

    @Inject
    MeetingRegistrations registrations;

    @Inject
    DatePolls polls;

    @Inject
    Enrolments enrolments;

    @Inject
    MunicipalityDirectory directory;

    @Inject
    LayoutBacking layout;

    private MeetingView meeting;
    private Long editionId;
    /** The municipalities a coordinator may register people for: those taking part in the edition. */
    private List<EnrolmentView> taking = List.of();
    /** The names of the municipalities the agenda gives a slot, by CBS code. */
    private final Map<String, String> agendaNames = new LinkedHashMap<>();
    private List<RegistrationView> people = List.of();
    /** The meeting's latest date poll: open to answer, or ended with its answers to read. */
    private DatePollView poll;

    private boolean takingPart;
    /** The officer's municipality's enrolment in the meeting's edition, by its status; null when it has none. */
    private EnrolmentStatus ownStatus;
    private String municipalityCode;
    private String name;
    private String email;
    private PolicyField policyField;

    @PostConstruct
    void init() {
        OptionalLong id = SessionsPages.id("id");
        id.ifPresent(asked -> FacadeCalls.attempt(() -> meeting = planning.meeting(asked)));
        NotFound.whenMissing(NotFound.asked("id"), meeting);
        AccountView account = layout.getAccount();
        if (account != null && account.municipalityCode() != null) {
            municipalityCode = account.municipalityCode();
        }
        reload();
        if (account != null && layout.isOfficer()
                && people.stream().noneMatch(r -> r.email().equalsIgnoreCase(account.email()))) {
            // most often officers register themselves: their own name and address to start with
            name = account.displayName();
            email = account.email();
        }
        if (meeting != null) {
            FacadeCalls.attempt(() -> editionId = planning.series(meeting.seriesId()).editionId());
        }
        if (editionId != null && layout.isOfficer()) {
            // an officer of a municipality that left the circle (or never joined) registers no one
            FacadeCalls.attempt(() -> ownStatus = enrolments.own().stream().filter(e -> e.editionId() == editionId)
                    .map(EnrolmentView::status).findFirst().orElse(null));
            takingPart = ownStatus == EnrolmentStatus.CONFIRMED;
        }
        if (editionId != null && layout.isCoordinator()) {
            FacadeCalls.attempt(() -> taking = enrolments.list(editionId, Set.of(EnrolmentStatus.CONFIRMED)).stream()
                    .sorted(EnrolmentView.BY_MUNICIPALITY).toList());
        }
    }

    private void reload() {
        if (meeting == null) {
            return;
        }
        FacadeCalls.attempt(() -> {
            meeting = planning.meeting(meeting.id());
            meeting.agenda().stream().map(a -> a.municipalityCode()).filter(code -> code != null)
                    .forEach(code -> agendaNames.computeIfAbsent(code, c -> directory.find(c)
                            .map(MunicipalityView::name).orElse(c)));
            people = registrations.participants(meeting.id()).stream()
                    .filter(r -> r.status() != RegistrationStatus.CANCELLED).toList();
            poll = polls.latestPollOf(meeting.id()).orElse(null);
        });
    }

    public void register() {
        FacadeCalls.of(() -> {
            RegistrationView registered = registrations.register(new NewRegistration(meeting.id(), municipalityCode,
                    name, email, policyField));
            if (registered.status() == RegistrationStatus.WAITING_LIST) {
                Messages.addWarn(REGISTRATION, "meeting.registered.waiting", registered.name(),
                        registered.waitingPosition());
            } else {
                Messages.addInfo(REGISTRATION, "meeting.registered", registered.name());
            }
            name = null;
            email = null;
            policyField = null;
        }).onInvalid(invalid -> {
            // an officer's municipality is given, not chosen: what concerns it is said above the form
            if (FIELDS.contains(invalid.field()) && !("municipalityCode".equals(invalid.field()) && layout.isOfficer())) {
                Messages.addError("register:" + invalid.field(), invalid.messageKey(), invalid.arguments());
            } else {
                Messages.addError(REGISTRATION, invalid.messageKey(), invalid.arguments());
            }
        }).run();
        reload();
    }

    public void cancel(long registrationId) {
        FacadeCalls.attempt(() -> {
            RegistrationView cancelled = registrations.cancel(registrationId);
            Messages.addInfo(REGISTRATION, "meeting.cancelled", cancelled.name());
        });
        reload();
    }

    /** The participants as CSV, policy fields and statuses named as this page names them. */
    public void exportCsv() throws IOException {
        ResourceBundle texts = ResourceBundle.getBundle(MessageTexts.BUNDLE, Faces.getLocale());
        String[] csv = new String[1];
        if (FacadeCalls.attempt(() -> csv[0] = registrations.participantsCsv(meeting.id(),
                Faces.getLocale().getLanguage(), value -> texts.getString(
                        (value instanceof PolicyField ? "policy." : "meeting.registration.") + value.name())))) {
            SpreadsheetFiles.send(csv[0], "deelnemers-" + FileNames.slug(meeting.title(), "bijeenkomst") + ".csv");
        }
    }

    /** Whether the caller may register people: officers and coordinators, while the meeting takes registrations. */
    public boolean isMayRegister() {
        return meeting != null && meeting.takesRegistrations() && (layout.isOfficer() && takingPart
                && !isOwnPlacesTaken() || layout.isCoordinator());
    }

    /** Whether the officer's municipality has registered as many people as the meeting takes of one. */
    private boolean isOwnPlacesTaken() {
        Integer limit = meeting.municipalityLimit();
        return layout.isOfficer() && limit != null && people.stream()
                .filter(r -> r.municipalityCode().equals(municipalityCode)).count() >= limit;
    }

    /**
     * Why an officer or coordinator finds no registration form: the officer's municipality takes no part in the
     * circle, or the meeting is not announced yet, has ended, was held or was cancelled; null when the form is there.
     */
    public String getRegistrationClosedReason() {
        if (meeting == null || !(layout.isOfficer() || layout.isCoordinator())) {
            return null;
        }
        if (meeting.takesRegistrations()) {
            if (isMayRegister()) {
                return null;
            }
            if (takingPart && isOwnPlacesTaken()) {
                return "meeting.register.places-taken";
            }
            // a municipality enrols once per edition: only one that never did is told to
            return ownStatus == null ? "meeting.register.not-participant"
                    : "meeting.register.not-participant." + ownStatus.name().toLowerCase(java.util.Locale.ROOT);
        }
        return switch (meeting.status()) {
            case HELD -> "meeting.register.held";
            case CANCELLED -> "meeting.register.cancelled";
            default -> meeting.startsAt() != null && meeting.status() != MeetingStatus.DRAFT
                    ? "meeting.register.ended" : "meeting.register.notAnnounced";
        };
    }

    /** The name of the municipality an agenda slot is for, or its code when it is unknown. */
    public String municipalityName(String code) {
        return agendaNames.getOrDefault(code, code);
    }

    public List<EnrolmentView> getTaking() {
        return taking;
    }

    /**
     * Whether the caller may cancel registrations: officers and coordinators, until it is held or cancelled, and until
     * it begins on a firm date.
     */
    public boolean isMayCancel() {
        return meeting != null && meeting.status().open() && (layout.isOfficer() || layout.isCoordinator())
                && (meeting.status() == MeetingStatus.PROVISIONAL || meeting.startsAt() == null
                        || meeting.startsAt().isAfter(LocalDateTime.now(DutchTime.ZONE)));
    }

    /** The edition of the meeting, whose meetings the page leads back to. */
    public Long getEditionId() {
        return editionId;
    }

    public MeetingView getMeeting() {
        return meeting;
    }

    public List<RegistrationView> getPeople() {
        return people;
    }

    public DatePollView getPoll() {
        return poll;
    }

    public PolicyField[] getPolicyFields() {
        return PolicyField.values();
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

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

    public PolicyField getPolicyField() {
        return policyField;
    }

    public void setPolicyField(PolicyField policyField) {
        this.policyField = policyField;
    }
}
