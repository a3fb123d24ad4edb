package nl.arbeidsmigratie.regie.sessions.api;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.DutchDates;
import nl.arbeidsmigratie.regie.platform.api.EmailAddress;
import nl.arbeidsmigratie.regie.platform.api.InputChecks;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.MunicipalityCodes;
import nl.arbeidsmigratie.regie.platform.api.SpreadsheetCsv;
import nl.arbeidsmigratie.regie.registration.api.AccountDirectory;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.EditionParticipant;
import nl.arbeidsmigratie.regie.registration.api.Enrolments;
import nl.arbeidsmigratie.regie.sessions.control.MeetingAccess;
import nl.arbeidsmigratie.regie.sessions.control.MeetingBook;
import nl.arbeidsmigratie.regie.sessions.control.MeetingGate;
import nl.arbeidsmigratie.regie.sessions.control.MeetingMails;
import nl.arbeidsmigratie.regie.sessions.control.MeetingPlaces;
import nl.arbeidsmigratie.regie.sessions.entity.Meeting;
import nl.arbeidsmigratie.regie.sessions.entity.MeetingRegistration;
import nl.arbeidsmigratie.regie.sessions.entity.TextRules;

/**
 * Registration per meeting, from its announcement until it has ended. People register for a municipality taking
 * part in the edition (a confirmed enrolment): officers for their own, coordinators for any, up to the meeting's
 * limit per municipality. Beyond the capacity a registration waits; a cancellation gives the place to whoever waits
 * longest. The meeting row is locked while places are counted, so registrations arriving together never exceed the
 * capacity.
 */
@Stateless
public class MeetingRegistrations {

    private static final int MAX_NAME = 200;

    @PersistenceContext(unitName = "sessions")
    EntityManager em;

    @Inject
    MeetingAccess access;

    @Inject
    MeetingBook book;

    @Inject
    MeetingPlaces places;

    @Inject
    Enrolments enrolments;

    @Inject
    AccountDirectory directory;

    @Inject
    MeetingGate gate;

    @Inject
    AuditTrail audit;

    @Inject
    MeetingMails mails;

    public RegistrationView register(@NotNull NewRegistration request) {
        return gate.through(request.meetingId(), () -> registered(request));
    }

    private RegistrationView registered(NewRegistration request) {
        // every field's refusal at once, before anything about the meeting or the municipality is looked up
        InputChecks checks = new InputChecks();
        checks.require(request.municipalityCode() != null && !request.municipalityCode().isBlank(), "municipalityCode",
                "error.sessions.registration.municipality.required", "no municipality");
        String name = checks.value(() -> TextRules.requiredLine("name", request.name(), MAX_NAME,
                "error.sessions.registration.name.required"));
        String email = request.email() == null ? "" : request.email().strip();
        checks.require(!email.isEmpty(), "email", "error.email.required", "no email address");
        checks.require(email.isEmpty() || EmailAddress.isValid(email), "email", "error.email.invalid",
                "not an email address");
        checks.refuseIfBroken();
        String code = MunicipalityCodes.normalised(request.municipalityCode());
        AccountView caller = access.actingFor(code);
        Meeting meeting = book.lockedMeeting(request.meetingId());
        meeting.requireTakesRegistrations(book.now());
        EditionParticipant taking = enrolments.participantsOf(meeting.series().editionId()).stream()
                .filter(p -> p.municipalityCode().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidInputException("municipalityCode",
                        "error.sessions.registration.not-participant", code + " takes no part in the edition"));
        List<MeetingRegistration> live = book.registrations(meeting).stream().filter(MeetingRegistration::live)
                .toList();
        // once per municipality: another municipality's registrations are not the caller's to learn about
        if (live.stream().anyMatch(r -> r.municipalityCode().equals(code) && r.email().equalsIgnoreCase(email))) {
            throw new InvalidInputException("email", "error.sessions.registration.duplicate",
                    email + " is registered for meeting " + meeting.id() + " by " + code + " already");
        }
        if (meeting.municipalityLimit() != null && live.stream()
                .filter(r -> r.municipalityCode().equals(code)).count() >= meeting.municipalityLimit()) {
            throw new InvalidInputException("municipalityCode", "error.sessions.registration.municipality-full",
                    code + " registered " + meeting.municipalityLimit() + " people already",
                    meeting.municipalityLimit());
        }
        long taken = live.stream().filter(r -> r.status() == RegistrationStatus.REGISTERED).count();
        String language = directory.active(email).map(AccountView::preferredLanguage).orElse("nl");
        MeetingRegistration registration = new MeetingRegistration(meeting, code, taking.municipalityName(), name,
                email, language, request.policyField(), taken < meeting.capacity(), book.now(), caller.email());
        em.persist(registration);
        RegistrationView view = book.view(registration);
        audit.record("sessions.registration.created", "meeting-registration:" + registration.id(), null, view);
        // the person hears of it and of where they stand, with the meeting for their calendar: registered by a colleague
        // or the province, or by themselves, in words that say which
        String kind = (view.status() == RegistrationStatus.REGISTERED ? "registered" : "registered-waiting")
                + (email.equalsIgnoreCase(caller.email()) ? "-self" : "");
        mails.send("meeting:" + meeting.id() + ":registered:" + registration.id(), email, language, kind, meeting,
                name, caller.displayName(), new MeetingMails.Programme(meeting), mails.circlePage(meeting));
        return view;
    }

    /**
     * Cancels a registration: an officer of its municipality or a coordinator, while the meeting is neither held nor
     * cancelled (afterwards the list is what happened). A place freed goes to the next.
     */
    public RegistrationView cancel(long registrationId) {
        MeetingRegistration found = visible(registrationId);
        access.actingFor(found.municipalityCode());
        Meeting meeting = book.lockedMeeting(found.meeting().id());
        meeting.requireOpen();
        meeting.requireNotStarted(book.now());
        if (book.attendanceRecorded(meeting)) {
            throw new InvalidInputException("meetingId", "error.sessions.registration.started",
                    "meeting " + meeting.id() + " took place: its attendance is recorded, its registrations stand");
        }
        em.refresh(found);
        RegistrationView before = book.view(found);
        found.cancel(book.now());
        em.flush();
        places.rebalance(found.meeting());
        RegistrationView after = book.view(found);
        audit.record("sessions.registration.cancelled", "meeting-registration:" + registrationId, before, after);
        AccountView caller = access.caller();
        if (!found.email().equalsIgnoreCase(caller.email())) {
            // one who held a place is sent the meeting as cancelled for them; one waiting had no calendar file
            mails.send("meeting:" + meeting.id() + ":unregistered:" + registrationId, found.email(), found.language(),
                    before.status() == RegistrationStatus.WAITING_LIST ? "unregistered-waiting" : "unregistered",
                    meeting, found.name(), caller.displayName());
        }
        return after;
    }

    /**
     * The people of a meeting in order of arrival: coordinators and auditors see all, an officer those of their own
     * municipality.
     */
    public List<RegistrationView> participants(long meetingId) {
        AccountView caller = access.caller();
        return book.registrationViews(book.meeting(meetingId)).stream()
                .filter(r -> MeetingAccess.seesPeopleOf(caller, r.municipalityCode())).toList();
    }

    /**
     * One registration, cancelled ones too, for whoever sees it among the meeting's people: coordinators and auditors
     * any, an officer those of their own municipality.
     */
    public RegistrationView registration(long registrationId) {
        return book.view(visible(registrationId));
    }

    /** The registration {@code registrationId}; to an officer of another municipality it does not exist. */
    private MeetingRegistration visible(long registrationId) {
        MeetingRegistration found = em.find(MeetingRegistration.class, registrationId);
        if (found == null || !MeetingAccess.seesPeopleOf(access.caller(), found.municipalityCode())) {
            throw unknown(registrationId);
        }
        return found;
    }

    /** The live registrations of the caller's own municipality (officers) across all meetings, in order. */
    public List<RegistrationView> ownMunicipality() {
        AccountView caller = access.caller();
        if (caller.municipalityCode() == null) {
            throw new AccessRefusedException("officers only");
        }
        return book.views(em.createNamedQuery(MeetingRegistration.LIVE_OF_MUNICIPALITY, MeetingRegistration.class)
                .setParameter("code", caller.municipalityCode()).getResultList());
    }

    /**
     * The participant list as CSV (UTF-8 text, {@code ;} separated, header in {@code language}) with what
     * {@link #participants} shows the caller; policy fields and statuses are written as {@code label} gives them (the
     * page's texts in that language). Cells that a spreadsheet would run as a formula are defused.
     */
    public String participantsCsv(long meetingId, String language, @NotNull Function<Enum<?>, String> label) {
        boolean english = "en".equals(language);
        List<RegistrationView> rows = participants(meetingId);
        StringWriter out = new StringWriter();
        // headed and dated as the enrolments' export, so the two files read alike side by side
        String[] header = english
                ? new String[] {"Municipality code", "Municipality", "Name", "Email", "Policy field", "Status",
                        "Waiting-list position", "Registered at"}
                : new String[] {"Gemeentecode", "Gemeente", "Naam", "E-mail", "Beleidsveld", "Status",
                        "Plaats op de wachtlijst", "Aangemeld op"};
        Locale reader = english ? Locale.ENGLISH : Locale.ROOT;
        try (SpreadsheetCsv csv = SpreadsheetCsv.writingTo(out, header)) {
            for (RegistrationView r : rows) {
                csv.printRecord(r.municipalityCode(), r.municipalityName(), r.name(), r.email(),
                        r.policyField() == null ? "" : label.apply(r.policyField()),
                        label.apply(r.status()), r.waitingPosition() == 0 ? "" : r.waitingPosition(),
                        DutchDates.minutes(MeetingBook.dutch(r.registeredAt()), reader));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static InvalidInputException unknown(long id) {
        return new InvalidInputException("registrationId", "error.sessions.registration.unknown",
                "no registration " + id);
    }
}
