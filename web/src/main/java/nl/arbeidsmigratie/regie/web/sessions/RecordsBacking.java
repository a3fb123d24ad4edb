package nl.arbeidsmigratie.regie.web.sessions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentStatus;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentView;
import nl.arbeidsmigratie.regie.registration.api.Enrolments;
import nl.arbeidsmigratie.regie.registration.api.IssueView;
import nl.arbeidsmigratie.regie.sessions.api.AttachmentView;
import nl.arbeidsmigratie.regie.sessions.api.Attendance;
import nl.arbeidsmigratie.regie.sessions.api.FollowUpView;
import nl.arbeidsmigratie.regie.sessions.api.MeetingPlanning;
import nl.arbeidsmigratie.regie.sessions.api.MeetingRecords;
import nl.arbeidsmigratie.regie.sessions.api.MeetingRegistrations;
import nl.arbeidsmigratie.regie.sessions.api.MeetingView;
import nl.arbeidsmigratie.regie.sessions.api.MinutesView;
import nl.arbeidsmigratie.regie.sessions.api.MunicipalityAttendance;
import nl.arbeidsmigratie.regie.sessions.api.RegistrationStatus;
import nl.arbeidsmigratie.regie.sessions.api.RegistrationView;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import nl.arbeidsmigratie.regie.web.faces.LayoutBacking;
import nl.arbeidsmigratie.regie.web.faces.NotFound;
import nl.arbeidsmigratie.regie.web.faces.UploadedNames;
import org.omnifaces.util.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * What remains of one meeting ({@code ?meeting=}): attendance per person and per municipality across the series,
 * the minutes, attachments and follow-up actions. Coordinators record them; officers and auditors read what the
 * facade shows them (officers their own municipality's people and actions).
 */
@Named
@ViewScoped
public class RecordsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The facades' clock, so the page offers recording exactly when the facade accepts it. */
    @Inject
    Clock clock;

    @Inject
    MeetingPlanning planning;

    @Inject
    MeetingRegistrations registrations;

    @Inject
    MeetingRecords records;

    @Inject
    Enrolments enrolments;

    @Inject
    LayoutBacking layout;

    private MeetingView meeting;
    private List<RegistrationView> people = List.of();
    /** The attendance as chosen on the page (its name, so a select binds it without a converter), by registration id. */
    private final Map<Long, String> attendance = new LinkedHashMap<>();
    /** The attendance as the page read it, so a save changes only what was chosen here. */
    private final Map<Long, String> attendanceShown = new LinkedHashMap<>();
    private List<MunicipalityAttendance> municipalities = List.of();
    private List<AttachmentView> attachments = List.of();
    private List<FollowUpView> followUps = List.of();
    /** The municipalities taking part (a confirmed enrolment), whom a coordinator gives follow-up actions. */
    private List<EnrolmentView> participants = List.of();
    private String minutes;
    private long minutesVersion;
    /** The minutes someone else saved while these were being written, shown beside them until saved again. */
    private MinutesView minutesConflict;

    private String actionMunicipality;
    private String actionDescription;
    private LocalDate actionDue;

    @PostConstruct
    void init() {
        OptionalLong id = SessionsPages.id("meeting");
        id.ifPresent(asked -> FacadeCalls.attempt(() -> meeting = planning.meeting(asked)));
        NotFound.whenMissing(NotFound.asked("meeting"), meeting);
        reload();
        if (meeting != null) {
            FacadeCalls.attempt(() -> records.minutes(meeting.id()).ifPresent(m -> {
                minutes = m.html();
                minutesVersion = m.version();
            }));
            if (layout.isCoordinator()) {
                FacadeCalls.attempt(() -> participants = enrolments.list(
                        planning.series(meeting.seriesId()).editionId(), Set.of(EnrolmentStatus.CONFIRMED)).stream()
                        .sorted(EnrolmentView.BY_MUNICIPALITY).toList());
            }
        }
    }

    private void reload() {
        if (meeting == null) {
            return;
        }
        FacadeCalls.attempt(() -> {
            people = registrations.participants(meeting.id()).stream()
                    .filter(r -> r.status() == RegistrationStatus.REGISTERED).toList();
            attendance.clear();
            people.forEach(r -> attendance.put(r.id(), r.attendance() == null ? null : r.attendance().name()));
            attendanceShown.clear();
            attendanceShown.putAll(attendance);
            municipalities = records.attendance(meeting.seriesId());
            attachments = records.attachments(meeting.id());
            followUps = records.followUps(meeting.id());
        });
    }

    public void saveAttendance() {
        if (meeting == null) {
            return;
        }
        // only what was changed here, held against what this page showed: a colleague's choices stay theirs
        Map<Long, Attendance> chosen = new LinkedHashMap<>();
        Map<Long, Attendance> shown = new LinkedHashMap<>();
        attendance.forEach((id, name) -> {
            String before = attendanceShown.get(id);
            if (name != null && !name.isBlank() && !name.equals(before)) {
                chosen.put(id, Attendance.valueOf(name));
                shown.put(id, before == null ? null : Attendance.valueOf(before));
            }
        });
        boolean saved = FacadeCalls.of(() -> records.recordAttendance(meeting.id(), chosen, shown))
                .onConflict("error.sessions.attendance.changed-meanwhile").run();
        if (saved) {
            Messages.addGlobalInfo("records.attendance.saved");
        }
        reload();
    }

    public void saveMinutes() {
        if (meeting == null) {
            return;
        }
        FacadeCalls.of(() -> {
            MinutesView saved = records.saveMinutes(meeting.id(), minutes, minutesVersion);
            minutes = saved.html();
            minutesVersion = saved.version();
            Messages.addGlobalInfo("records.minutes.saved");
            if (saved.imagesRemoved()) {
                Messages.addGlobalWarn("records.minutes.images-removed");
            }
            if (saved.markupRemoved()) {
                Messages.addGlobalWarn("records.minutes.markup-removed");
            }
            minutesConflict = null;
        }).onConflict(conflict -> {
            // keep what was typed; show the version now stored, and let the next save replace it knowingly
            minutesConflict = (MinutesView) conflict.current();
            minutesVersion = minutesConflict == null ? 0 : minutesConflict.version();
            Messages.addGlobalWarn("records.minutes.conflict");
        }).run();
    }

    public MinutesView getMinutesConflict() {
        return minutesConflict;
    }

    public void newsletterDraft() {
        if (meeting != null) {
            FacadeCalls.attempt(() -> {
                IssueView issue = records.newsletterDraft(meeting.id());
                Messages.addGlobalInfo("records.newsletter.made", issue.subject());
            });
        }
    }

    /** The file as uploaded; its type and size are judged by the facade, which says what is wrong. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        if (meeting == null || file == null) {
            return;
        }
        AttachmentView[] added = new AttachmentView[1];
        if (FacadeCalls.attempt(() -> added[0] = records.attach(meeting.id(), UploadedNames.of(file), file.getContent()))) {
            // named as stored: a path or unusual characters sent with the name are gone
            Messages.addGlobalInfo("records.attachment.added", added[0].fileName());
            reload();
        }
    }

    public void removeAttachment(long id) {
        FacadeCalls.attempt(() -> {
            AttachmentView removed = records.removeAttachment(id);
            Messages.addGlobalInfo("records.attachment.removed", removed.fileName());
        });
        reload();
    }

    public void addFollowUp() {
        if (meeting == null) {
            return;
        }
        if (FacadeCalls.of(() -> records.addFollowUp(meeting.id(), actionMunicipality, actionDescription, actionDue))
                .fieldsIn("records").run()) {
            Messages.addGlobalInfo("records.follow-up.added");
            actionMunicipality = null;
            actionDescription = null;
            actionDue = null;
            reload();
        }
    }

    public void completeFollowUp(long id) {
        if (FacadeCalls.attempt(() -> records.completeFollowUp(id))) {
            reload();
        }
    }

    public MeetingView getMeeting() {
        return meeting;
    }

    /** Whether the meeting has begun (Dutch time): only then are attendance and minutes recorded. */
    public boolean isStarted() {
        return meeting != null && meeting.startsAt() != null
                && !meeting.startsAt().isAfter(LocalDateTime.now(clock.withZone(DutchTime.ZONE)));
    }

    public List<RegistrationView> getPeople() {
        return people;
    }

    public Map<Long, String> getAttendance() {
        return attendance;
    }

    public Attendance[] getAttendances() {
        return Attendance.values();
    }

    public List<MunicipalityAttendance> getMunicipalities() {
        return municipalities;
    }

    public List<AttachmentView> getAttachments() {
        return attachments;
    }

    public List<EnrolmentView> getParticipants() {
        return participants;
    }

    public List<FollowUpView> getFollowUps() {
        return followUps;
    }

    public int getMaxAttachmentMegabytes() {
        return MeetingRecords.MAX_ATTACHMENT_BYTES / (1024 * 1024);
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public String getActionMunicipality() {
        return actionMunicipality;
    }

    public void setActionMunicipality(String actionMunicipality) {
        this.actionMunicipality = actionMunicipality;
    }

    public String getActionDescription() {
        return actionDescription;
    }

    public void setActionDescription(String actionDescription) {
        this.actionDescription = actionDescription;
    }

    public LocalDate getActionDue() {
        return actionDue;
    }

    public void setActionDue(LocalDate actionDue) {
        this.actionDue = actionDue;
    }
}
