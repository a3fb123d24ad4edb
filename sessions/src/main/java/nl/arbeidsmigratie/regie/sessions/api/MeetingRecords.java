package nl.arbeidsmigratie.regie.sessions.api;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.DutchNames;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.platform.api.FreeText;
import nl.arbeidsmigratie.regie.platform.api.InputChecks;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.MunicipalityCodes;
import nl.arbeidsmigratie.regie.platform.api.RichText;
import nl.arbeidsmigratie.regie.platform.api.TextTooLongException;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.IssueDraft;
import nl.arbeidsmigratie.regie.registration.api.IssueView;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityArea;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityAreas;
import nl.arbeidsmigratie.regie.registration.api.Newsletter;
import nl.arbeidsmigratie.regie.registration.api.PolicyField;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.sessions.control.AttachmentTypes;
import nl.arbeidsmigratie.regie.sessions.control.MeetingAccess;
import nl.arbeidsmigratie.regie.sessions.control.MeetingBook;
import nl.arbeidsmigratie.regie.sessions.entity.FollowUpAction;
import nl.arbeidsmigratie.regie.sessions.entity.Meeting;
import nl.arbeidsmigratie.regie.sessions.entity.MeetingAttachment;
import nl.arbeidsmigratie.regie.sessions.entity.MeetingMinutes;
import nl.arbeidsmigratie.regie.sessions.entity.MeetingRegistration;
import nl.arbeidsmigratie.regie.sessions.entity.MeetingSeries;
import nl.arbeidsmigratie.regie.sessions.entity.TextRules;

/**
 * What remains of a meeting once it has started: attendance per registered person and per municipality across the
 * series (with whether all four policy fields took part), the minutes as rich text through the product's one
 * sanitiser, attachments whose type is checked by their content, follow-up actions per municipality with a due
 * date, and a newsletter draft made from the minutes. Coordinators record; everyone signed in reads, officers the
 * people and actions of their own municipality.
 */
@Stateless
public class MeetingRecords {

    /** Slides and reports, not recordings: enough for a long PDF, small enough to keep in the database. */
    public static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
    public static final int MAX_MINUTES = 200_000;
    private static final int MAX_FILE_NAME = 200;
    private static final int MAX_ACTION = 2000;
    /** An action due further ahead than this is a typing error (31-12-9999), not an agreement. */
    private static final int LONGEST_AHEAD_YEARS = 10;

    @PersistenceContext(unitName = "sessions")
    EntityManager em;

    @Inject
    MeetingAccess access;

    @Inject
    MeetingBook book;

    @Inject
    MunicipalityAreas areas;

    @Inject
    Newsletter newsletter;

    @Inject
    AuditTrail audit;

    /** Records attendance of people who held a place, once the meeting has started. */
    public List<RegistrationView> recordAttendance(long meetingId, @NotNull Map<Long, Attendance> attendance) {
        return recordAttendance(meetingId, attendance, Map.of());
    }

    /**
     * As {@link #recordAttendance(long, Map)} for a page that read the attendance before ({@code shown}, by
     * registration, absent for people it did not show): a person whose attendance someone else recorded meanwhile
     * is not overwritten, and nothing is recorded.
     */
    public List<RegistrationView> recordAttendance(long meetingId, @NotNull Map<Long, Attendance> attendance,
                                                   @NotNull Map<Long, Attendance> shown) {
        access.coordinator();
        Meeting meeting = started(book.lockedMeeting(meetingId));
        Map<Long, MeetingRegistration> registrations = new LinkedHashMap<>();
        book.registrations(meeting).forEach(r -> registrations.put(r.id(), r));
        for (Map.Entry<Long, Attendance> entry : attendance.entrySet()) {
            MeetingRegistration registration = registrations.get(entry.getKey());
            if (registration == null || entry.getValue() == null) {
                throw new InvalidInputException("attendance", "error.sessions.registration.unknown",
                        "no registration " + entry.getKey() + " for meeting " + meetingId);
            }
            if (shown.containsKey(entry.getKey()) && registration.attendance() != shown.get(entry.getKey())) {
                throw new ConcurrentChangeException("the attendance of registration " + entry.getKey()
                        + " was recorded meanwhile", book.registrationViews(meeting),
                        "error.sessions.attendance.changed-meanwhile");
            }
            registration.attended(entry.getValue());
        }
        em.flush();
        audit.record("sessions.attendance.recorded", "meeting:" + meetingId, null, attendance);
        return book.registrationViews(meeting);
    }

    /**
     * Per municipality across the series: at which meetings someone was present, how many people in all, and the
     * policy fields present. Coordinators and auditors see every municipality, officers their own.
     */
    public List<MunicipalityAttendance> attendance(long seriesId) {
        AccountView caller = access.caller();
        MeetingSeries series = book.series(seriesId);
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Set<Long>> meetings = new LinkedHashMap<>();
        Map<String, Integer> people = new LinkedHashMap<>();
        Map<String, Set<PolicyField>> fields = new LinkedHashMap<>();
        for (Meeting meeting : book.meetings(series)) {
            for (MeetingRegistration r : book.registrations(meeting)) {
                if (r.attendance() != Attendance.PRESENT || !MeetingAccess.seesPeopleOf(caller, r.municipalityCode())) {
                    continue;
                }
                names.put(r.municipalityCode(), r.municipalityName());
                meetings.computeIfAbsent(r.municipalityCode(), k -> new TreeSet<>()).add(meeting.id());
                people.merge(r.municipalityCode(), 1, Integer::sum);
                Set<PolicyField> present = fields.computeIfAbsent(r.municipalityCode(),
                        k -> EnumSet.noneOf(PolicyField.class));
                if (r.policyField() != null) {
                    present.add(r.policyField());
                }
            }
        }
        List<MunicipalityAttendance> rows = new ArrayList<>();
        names.forEach((code, name) -> rows.add(new MunicipalityAttendance(code, name, List.copyOf(meetings.get(code)),
                people.get(code), fields.get(code))));
        rows.sort(Comparator.comparing(MunicipalityAttendance::municipalityName, DutchNames.ORDER));
        return rows;
    }

    /**
     * Saves the minutes on top of the version the coordinator saw (0 for the first), sanitised; the answer says
     * what the sanitiser removed.
     */
    public MinutesView saveMinutes(long meetingId, String html, long version) {
        AccountView coordinator = access.coordinator();
        Meeting meeting = started(book.lockedMeeting(meetingId));
        RichText.Sanitized clean = RichText.sanitize("minutes", html, MAX_MINUTES, TextTooLongException.MESSAGE_KEY);
        MeetingMinutes minutes = em.find(MeetingMinutes.class, meeting.id());
        MinutesView before = minutes == null ? null : view(meetingId, minutes, false, false);
        if (minutes == null ? version != 0 : minutes.version() != version) {
            throw new ConcurrentChangeException("minutes of meeting " + meetingId + " changed since version "
                    + version, before);
        }
        if (minutes == null) {
            minutes = new MeetingMinutes(meeting.id());
            em.persist(minutes);
        }
        minutes.write(clean.html(), RichText.toText(clean.html()), book.now(), coordinator.email());
        em.flush();
        MinutesView after = view(meetingId, minutes, clean.imagesRemoved(), clean.markupRemoved());
        audit.record("sessions.minutes.saved", "meeting:" + meetingId, before, after);
        return after;
    }

    public java.util.Optional<MinutesView> minutes(long meetingId) {
        access.caller();
        book.meeting(meetingId);
        return java.util.Optional.ofNullable(em.find(MeetingMinutes.class, meetingId))
                .map(m -> view(meetingId, m, false, false));
    }

    /**
     * Makes a draft newsletter issue (Dutch) from the minutes, for the coordinator to edit and send with
     * registration's newsletter.
     */
    public IssueView newsletterDraft(long meetingId) {
        access.coordinator();
        Meeting meeting = book.meeting(meetingId);
        MeetingMinutes minutes = em.find(MeetingMinutes.class, meetingId);
        if (minutes == null || FreeText.blank(RichText.toText(minutes.html()))) {
            throw new InvalidInputException("meetingId", "error.sessions.minutes.missing",
                    "meeting " + meetingId + " has no minutes yet");
        }
        IssueDraft draft = new IssueDraft("Verslag: " + meeting.title(),
                "<h2>" + escape(meeting.title()) + "</h2>" + minutes.html(), "nl");
        // asked again for the same minutes, the draft not yet sent is the answer rather than a second one
        String stored = newsletter.preview(draft.body());
        return newsletter.issues().stream().filter(i -> i.draft() && i.subject().equals(draft.subject())
                        && i.bodyHtml().equals(stored)).findFirst()
                .orElseGet(() -> newsletter.draft(draft));
    }

    /**
     * Attaches a file: PDF, Word, PowerPoint, Excel, PNG or JPEG, as its content shows (a name that claims another
     * type is refused), at most {@value #MAX_ATTACHMENT_BYTES} bytes.
     */
    public AttachmentView attach(long meetingId, String fileName, byte[] content) {
        AccountView coordinator = access.coordinator();
        Meeting meeting = book.meeting(meetingId);
        // a browser may send the whole path it read the file from; only the name is kept
        String given = fileName == null ? null : fileName.replaceAll(".*[/\\\\]", "");
        if (given != null && given.strip().length() > MAX_FILE_NAME) {
            throw new TextTooLongException("file", "error.sessions.attachment.name.too-long", MAX_FILE_NAME);
        }
        String name = TextRules.requiredLine("file", given, MAX_FILE_NAME, "error.sessions.attachment.name.required");
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "error.sessions.attachment.empty", "an empty file", name);
        }
        if (content.length > MAX_ATTACHMENT_BYTES) {
            throw new InvalidInputException("file", "error.sessions.attachment.too-large",
                    content.length + " bytes is more than " + MAX_ATTACHMENT_BYTES,
                    MAX_ATTACHMENT_BYTES / (1024 * 1024), name);
        }
        AttachmentTypes.Type type = AttachmentTypes.of(content).filter(t -> t.named(name))
                .orElseThrow(() -> new InvalidInputException("file", "error.sessions.attachment.type",
                        name + " is not a PDF, Word, PowerPoint, Excel, PNG or JPEG file of that name", name));
        MeetingAttachment attachment = new MeetingAttachment(meeting.id(), name, type.mediaType(), content,
                book.now(), coordinator.email());
        em.persist(attachment);
        em.flush();
        AttachmentView view = view(attachment);
        audit.record("sessions.attachment.added", "meeting:" + meetingId, null, view);
        return view;
    }

    public List<AttachmentView> attachments(long meetingId) {
        access.caller();
        return em.createNamedQuery(MeetingAttachment.OF_MEETING, MeetingAttachment.class)
                .setParameter("meeting", book.meeting(meetingId).id()).getResultStream().map(MeetingRecords::view)
                .toList();
    }

    public AttachmentFile attachment(long attachmentId) {
        access.caller();
        MeetingAttachment attachment = existingAttachment(attachmentId);
        return new AttachmentFile(view(attachment), attachment.content());
    }

    /** Removes a file attached by mistake (coordinators); the audit trail keeps its name, type and size. */
    public AttachmentView removeAttachment(long attachmentId) {
        access.coordinator();
        MeetingAttachment attachment = existingAttachment(attachmentId);
        AttachmentView before = view(attachment);
        em.remove(attachment);
        em.flush();
        audit.record("sessions.attachment.removed", "meeting:" + before.meetingId(), before, null);
        return before;
    }

    private MeetingAttachment existingAttachment(long attachmentId) {
        MeetingAttachment attachment = em.find(MeetingAttachment.class, attachmentId);
        if (attachment == null) {
            throw new InvalidInputException("attachmentId", "error.sessions.attachment.unknown",
                    "no attachment " + attachmentId);
        }
        return attachment;
    }

    /** Records an action a municipality agreed at the meeting, due on a date. */
    public FollowUpView addFollowUp(long meetingId, String municipalityCode, String description, LocalDate dueOn) {
        access.coordinator();
        Meeting meeting = book.meeting(meetingId);
        InputChecks checks = new InputChecks();
        MunicipalityArea municipality = checks.value(() -> {
            if (municipalityCode == null || municipalityCode.isBlank()) {
                throw new InvalidInputException("municipalityCode", "error.sessions.follow-up.municipality.required",
                        "which municipality agreed the action");
            }
            String typed = MunicipalityCodes.normalised(municipalityCode);
            return areas.all().stream().filter(a -> a.code().equals(typed)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("municipalityCode", "error.municipality.unknown",
                            "no municipality " + typed));
        });
        String text = checks.value(() -> TextRules.required("description", description, MAX_ACTION,
                "error.sessions.follow-up.description.required"));
        LocalDate today = LocalDate.ofInstant(book.now(), DutchTime.ZONE);
        checks.require(dueOn != null, "dueOn", "error.sessions.follow-up.due.required", "a due date");
        checks.require(dueOn == null || !dueOn.isBefore(today), "dueOn", "error.sessions.follow-up.due.past",
                "an action agreed now is due today or later");
        checks.require(dueOn == null || !dueOn.isAfter(today.plusYears(LONGEST_AHEAD_YEARS)), "dueOn",
                "error.sessions.follow-up.due.too-late", "more than " + LONGEST_AHEAD_YEARS + " years ahead",
                LONGEST_AHEAD_YEARS);
        checks.refuseIfBroken();
        String code = municipality.code();
        FollowUpAction action = new FollowUpAction(meeting.id(), code, municipality.name(), text, dueOn, book.now());
        em.persist(action);
        em.flush();
        FollowUpView view = view(action, meeting);
        audit.record("sessions.follow-up.added", "follow-up:" + action.id(), null, view);
        return view;
    }

    /** Marks an action done: a coordinator, or an officer of its municipality. */
    public FollowUpView completeFollowUp(long actionId) {
        FollowUpAction action = em.find(FollowUpAction.class, actionId);
        if (action == null || !MeetingAccess.seesPeopleOf(access.caller(), action.municipalityCode())) {
            throw new InvalidInputException("actionId", "error.sessions.follow-up.unknown", "no action " + actionId);
        }
        access.actingFor(action.municipalityCode());
        Meeting meeting = book.meeting(action.meetingId());
        FollowUpView before = view(action, meeting);
        action.done(book.now());
        em.flush();
        FollowUpView after = view(action, meeting);
        audit.record("sessions.follow-up.done", "follow-up:" + actionId, before, after);
        return after;
    }

    /** The actions agreed at a meeting: all for coordinators and auditors, an officer's own municipality's. */
    public List<FollowUpView> followUps(long meetingId) {
        AccountView caller = access.caller();
        Meeting meeting = book.meeting(meetingId);
        return em.createNamedQuery(FollowUpAction.OF_MEETING, FollowUpAction.class).setParameter("meeting", meetingId)
                .getResultStream().filter(a -> MeetingAccess.seesPeopleOf(caller, a.municipalityCode()))
                .map(a -> view(a, meeting)).toList();
    }

    /** The open actions of the signed-in officer's municipality, soonest due first: for their home page. */
    public List<FollowUpView> openFollowUpsOfOwnMunicipality() {
        AccountView caller = access.caller();
        if (caller.role() != Role.OFFICER) {
            throw new AccessRefusedException("officers only");
        }
        return em.createNamedQuery(FollowUpAction.OPEN_OF_MUNICIPALITY, FollowUpAction.class)
                .setParameter("code", caller.municipalityCode()).getResultStream()
                .map(a -> view(a, book.meeting(a.meetingId()))).toList();
    }

    private Meeting started(Meeting meeting) {
        if (meeting.startsAt() == null || meeting.startsAt().isAfter(book.now())) {
            throw new InvalidInputException("meetingId", "error.sessions.meeting.not-started",
                    "meeting " + meeting.id() + " has not started");
        }
        return meeting;
    }

    private static MinutesView view(long meetingId, MeetingMinutes m, boolean imagesRemoved, boolean markupRemoved) {
        return new MinutesView(meetingId, m.html(), m.plainText(), m.updatedAt(), m.updatedBy(), imagesRemoved,
                markupRemoved, m.version());
    }

    private static AttachmentView view(MeetingAttachment a) {
        return new AttachmentView(a.id(), a.meetingId(), a.fileName(), a.mediaType(), a.sizeBytes(), a.uploadedAt());
    }

    private static FollowUpView view(FollowUpAction a, Meeting meeting) {
        return new FollowUpView(a.id(), a.meetingId(), meeting.title(), a.municipalityCode(), a.municipalityName(),
                a.description(), a.dueOn(), a.doneAt(), a.version());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
