package nl.arbeidsmigratie.regie.web.sessions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.arbeidsmigratie.regie.platform.api.DutchDates;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.registration.api.EditionView;
import nl.arbeidsmigratie.regie.registration.api.Editions;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentStatus;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentView;
import nl.arbeidsmigratie.regie.registration.api.Enrolments;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityDirectory;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityView;
import nl.arbeidsmigratie.regie.sessions.api.MeetingCalendars;
import nl.arbeidsmigratie.regie.sessions.api.MeetingFormat;
import nl.arbeidsmigratie.regie.sessions.api.MeetingPlanning;
import nl.arbeidsmigratie.regie.sessions.api.MeetingSaved;
import nl.arbeidsmigratie.regie.sessions.api.MeetingSeriesView;
import nl.arbeidsmigratie.regie.sessions.api.MeetingStatus;
import nl.arbeidsmigratie.regie.sessions.api.MeetingView;
import nl.arbeidsmigratie.regie.sessions.api.ThemeSuggestion;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import nl.arbeidsmigratie.regie.web.faces.LayoutBacking;
import nl.arbeidsmigratie.regie.web.faces.MessageTexts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The meetings page: the series of the current edition (or the one in {@code ?edition=}) with its meetings. Everyone
 * signed in reads it; coordinators start the series, add and describe meetings, set their status and move one
 * online or to hybrid, and see which themes the confirmed municipalities ask for. Participants make (again) or revoke
 * their calendar subscription address, which is shown once.
 */
@Named
@ViewScoped
public class MeetingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_CAPACITY = 30;
    private static final Pattern AGENDA_TIME = Pattern.compile(MeetingForm.AGENDA_FIELD + "\\.(\\d{1,3})\\.(from|to)");

    @Inject
    Editions editions;

    @Inject
    MeetingPlanning planning;

    @Inject
    MeetingCalendars calendars;

    @Inject
    Enrolments enrolments;

    @Inject
    MunicipalityDirectory directory;

    @Inject
    LayoutBacking layout;

    /** The municipalities taking part, read once for the agenda's choices. */
    private List<EnrolmentView> taking;

    private EditionView edition;
    private MeetingSeriesView series;
    private Set<Long> removable = Set.of();
    private List<ThemeSuggestion> suggestions = List.of();

    private Integer seriesCapacity = DEFAULT_CAPACITY;

    /** The meeting in a dialog (edit, status, move online), as last read. */
    private MeetingView selected;
    private MeetingForm form;
    private MeetingStatus status;
    private MeetingFormat movedFormat = MeetingFormat.ONLINE;
    private String movedLink;
    private int audience;
    private List<EditionView> allEditions = List.of();
    /** The edition chosen to show. */
    private Long editionId;
    /** The subscription address just made; only its hash is kept, so it is gone once the page is left. */
    private String feedUrl;

    @PostConstruct
    void init() {
        edition = SessionsPages.meetingsEdition(editions, planning).orElse(null);
        editionId = edition == null ? null : edition.id();
        FacadeCalls.attempt(() -> allEditions = editions.list());
        reload();
    }

    private void reload() {
        FacadeCalls.attempt(() -> {
            series = edition == null ? null : planning.seriesOfEdition(edition.id()).orElse(null);
            suggestions = series != null && layout.isCoordinator() ? planning.themeSuggestions(series.id()) : List.of();
            removable = series != null && layout.isCoordinator() ? planning.removable(series.id()) : Set.of();
        });
    }

    /**
     * What an agenda slot may be given to: the municipalities taking part, by name, and the one the slot names
     * already if that no longer takes part.
     */
    public List<SelectItem> agendaMunicipalities(String current) {
        if (taking == null) {
            taking = List.of();
            FacadeCalls.attempt(() -> taking = enrolments.list(edition.id(), Set.of(EnrolmentStatus.CONFIRMED)).stream()
                    .sorted(EnrolmentView.BY_MUNICIPALITY).toList());
        }
        List<SelectItem> choices = new ArrayList<>();
        taking.forEach(e -> choices.add(new SelectItem(e.municipalityCode(), e.municipalityName())));
        if (current != null && !current.isBlank() && taking.stream().noneMatch(e -> e.municipalityCode().equals(current))) {
            choices.add(new SelectItem(current, directory.find(current).map(MunicipalityView::name).orElse(current)));
        }
        return choices;
    }

    public void createSeries() {
        if (FacadeCalls.attempt(() -> planning.createSeries(edition.id(), null,
                seriesCapacity == null ? 0 : seriesCapacity))) {
            Messages.addGlobalInfo("meetings.series.created");
            reload();
        }
    }

    /** Adds a meeting with as many places as the series' latest. */
    public void addMeeting(boolean information) {
        int capacity = series.meetings().stream().reduce((first, second) -> second).map(MeetingView::capacity)
                .orElse(DEFAULT_CAPACITY);
        FacadeCalls.attempt(() -> {
            MeetingView added = planning.addMeeting(series.id(), information, null, capacity);
            Messages.addGlobalInfo("meetings.added", added.title());
            reload();
        });
    }

    /** Removes a meeting added by mistake, as long as it is a draft nobody has acted on. */
    public void remove(MeetingView meeting) {
        FacadeCalls.attempt(() -> {
            planning.remove(meeting.id(), meeting.version());
            Messages.addGlobalInfo("meetings.removed", meeting.title());
            reload();
        });
    }

    public void startEditing(long id) {
        FacadeCalls.attempt(() -> {
            selected = planning.meeting(id);
            form = new MeetingForm(selected);
        });
    }

    /** Saved all the same (two rooms, one day), but the coordinator is told which meetings it overlaps. */
    static void warnOfOverlap(MeetingSaved saved) {
        if (!saved.overlapping().isEmpty()) {
            Messages.addGlobalWarn("meetings.overlap", saved.overlapping().stream()
                    .map(MeetingView::title).collect(Collectors.joining(", ")));
        }
    }

    public void save() {
        if (selected == null) {
            return;
        }
        FacadeCalls.of(() -> {
            MeetingSaved saved = planning.describe(selected.id(), form.details());
            Messages.addGlobalInfo("meetings.saved", saved.meeting().title());
            warnOfOverlap(saved);
            if (saved.pollEnded()) {
                Messages.addGlobalWarn("meetings.poll-ended", saved.meeting().title());
            }
            // allowed, as the record of a meeting held is kept too, but rarely meant for one still to be held
            MeetingView meeting = saved.meeting();
            if (meeting.startsAt() != null && meeting.status() != MeetingStatus.HELD
                    && meeting.startsAt().isBefore(LocalDateTime.now(DutchTime.ZONE))) {
                Messages.addGlobalWarn("meetings.in-past", meeting.title());
            }
            // allowed, as a working visit may run over two days, but more often a typo in a date
            boolean oneDay = meeting.startsAt() == null || meeting.endsAt() == null
                    || meeting.startsAt().toLocalDate().equals(meeting.endsAt().toLocalDate());
            if (!oneDay) {
                Messages.addGlobalWarn("meetings.several-days", meeting.title(),
                        DutchDates.format(meeting.startsAt().toLocalDate(), Faces.getLocale()),
                        DutchDates.format(meeting.endsAt().toLocalDate(), Faces.getLocale()));
            }
            // allowed, as a programme may begin with a walk-in, but an item reaching outside the meeting is more
            // often a typo in a time (the items' times are of one day)
            if (meeting.startsAt() != null && meeting.endsAt() != null && oneDay) {
                meeting.agenda().stream().filter(item -> item.startsAt().isBefore(meeting.startsAt().toLocalTime())
                        || item.endsAt().isAfter(meeting.endsAt().toLocalTime())).findFirst()
                        .ifPresent(item -> Messages.addGlobalWarn("meetings.agenda-outside", item.title(),
                                item.startsAt().toString(), item.endsAt().toString()));
            }
            selected = saved.meeting();
            form = new MeetingForm(selected);
            reload();
            warnIfOutOfOrder(selected);
        }).onConflict(conflict -> {
            selected = (MeetingView) conflict.current();
            Messages.addError("editForm:save", "meetings.conflict");
        }).fieldsIn("editForm", MeetingsBacking::agendaTime).run();
    }

    /** How many people a change of the meeting in the status or move dialog is mailed to. */
    public int getAudience() {
        return audience;
    }

    public void startStatus(long id) {
        FacadeCalls.attempt(() -> {
            selected = planning.meeting(id);
            // a draft or a meeting moved online has no status of the dialog's: nothing is chosen for the user
            status = getStatuses().contains(selected.status()) ? selected.status() : null;
            audience = planning.cancellationAudience(id);
        });
    }

    public void saveStatus() {
        if (selected == null) {
            return;
        }
        FacadeCalls.of(() -> {
            int told = status == MeetingStatus.CANCELLED ? planning.cancellationAudience(selected.id()) : 0;
            MeetingView changed = planning.changeStatus(selected.id(), selected.version(), status);
            if (status == MeetingStatus.CANCELLED) {
                Messages.addGlobalInfo("meetings.status.cancelled", changed.title(), told);
            } else {
                Messages.addGlobalInfo("meetings.status.saved", changed.title());
            }
            selected = changed;
            reload();
        }).onConflict("meetings.conflict").fieldsIn("statusForm").run();
    }

    public void startMoving(long id) {
        FacadeCalls.attempt(() -> {
            selected = planning.meeting(id);
            movedFormat = MeetingFormat.ONLINE;
            movedLink = selected.onlineLink();
            audience = planning.audience(id);
        });
    }

    public void move() {
        if (selected == null) {
            return;
        }
        FacadeCalls.of(() -> {
            int told = planning.audience(selected.id());
            MeetingView moved = planning.moveOnline(selected.id(), selected.version(), movedFormat, movedLink);
            Messages.addGlobalInfo("meetings.moved", moved.title(), told);
            selected = moved;
            reload();
        }).onConflict("meetings.conflict").fieldsIn("moveForm").run();
    }

    public void subscribe() {
        FacadeCalls.attempt(() -> {
            feedUrl = calendars.subscribe(series.id()).url();
            Messages.addGlobalInfo("meetings.feed.made");
        });
    }

    public void revokeFeed() {
        FacadeCalls.attempt(() -> {
            calendars.revoke(series.id());
            feedUrl = null;
            Messages.addGlobalInfo("meetings.feed.revoked");
        });
    }

    public String getFeedUrl() {
        return feedUrl;
    }

    public void addAgendaRow() {
        form.addAgendaRow();
    }

    public void removeAgendaRow(int index) {
        form.removeAgendaRow(index);
    }

    /** Shows the meetings of the edition chosen, at that edition's own address. */
    public void showEdition() throws IOException {
        if (editionId != null) {
            Faces.redirect("app/sessions/meetings.xhtml?edition=" + editionId);
        }
    }

    public List<EditionView> getEditions() {
        return allEditions;
    }

    public Long getEditionId() {
        return editionId;
    }

    public void setEditionId(Long editionId) {
        this.editionId = editionId;
    }

    public EditionView getEdition() {
        return edition;
    }

    public MeetingSeriesView getSeries() {
        return series;
    }

    public List<ThemeSuggestion> getSuggestions() {
        return suggestions;
    }

    public MeetingView getSelected() {
        return selected;
    }

    public MeetingForm getForm() {
        return form;
    }

    public LearningGoal[] getGoals() {
        return LearningGoal.values();
    }

    public MeetingFormat[] getFormats() {
        return MeetingFormat.values();
    }

    public MeetingFormat[] getOnlineFormats() {
        return new MeetingFormat[] {MeetingFormat.ONLINE, MeetingFormat.HYBRID};
    }

    /** Meeting numbers as a reader writes them: "1, 3". */
    public String numbers(List<Integer> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /**
     * The statuses the status dialog sets for the meeting chosen; moving online has its own step, nothing goes back to
     * draft, and "held" is offered once the meeting has begun (the facade refuses it before).
     */
    public List<MeetingStatus> getStatuses() {
        boolean begun = selected != null && selected.startsAt() != null
                && !selected.startsAt().isAfter(LocalDateTime.now(DutchTime.ZONE));
        return begun ? List.of(MeetingStatus.PROVISIONAL, MeetingStatus.CONFIRMED, MeetingStatus.HELD,
                MeetingStatus.CANCELLED) : List.of(MeetingStatus.PROVISIONAL, MeetingStatus.CONFIRMED,
                MeetingStatus.CANCELLED);
    }

    public Integer getSeriesCapacity() {
        return seriesCapacity;
    }

    public void setSeriesCapacity(Integer seriesCapacity) {
        this.seriesCapacity = seriesCapacity;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public void setStatus(MeetingStatus status) {
        this.status = status;
    }

    public MeetingFormat getMovedFormat() {
        return movedFormat;
    }

    public void setMovedFormat(MeetingFormat movedFormat) {
        this.movedFormat = movedFormat;
    }

    public String getMovedLink() {
        return movedLink;
    }

    public void setMovedLink(String movedLink) {
        this.movedLink = movedLink;
    }

    /** Whether the meeting can be removed rather than cancelled: a draft nobody has acted on. */
    public boolean removable(long meetingId) {
        return removable.contains(meetingId);
    }

    /**
     * Allowed, as a date may move for good reasons, but the circle counts its meetings in order: a meeting dated
     * before one with a lower number, or after one with a higher, is named, as mails and pages will still count it so.
     */
    private void warnIfOutOfOrder(MeetingView meeting) {
        if (series == null || meeting.number() == null || meeting.startsAt() == null) {
            return;
        }
        series.meetings().stream().filter(other -> other.id() != meeting.id() && other.number() != null
                        && other.startsAt() != null && other.status() != MeetingStatus.CANCELLED)
                .filter(other -> other.number() < meeting.number() ? other.startsAt().isAfter(meeting.startsAt())
                        : other.startsAt().isBefore(meeting.startsAt()))
                .findFirst()
                .ifPresent(other -> Messages.addGlobalWarn(other.number() < meeting.number()
                        ? "meetings.out-of-order.before" : "meetings.out-of-order.after", meeting.title(),
                        other.title()));
    }

    /** The field of an agenda time refused at its row ({@code agenda.2.from}), named as the row's label. */
    private static Optional<FacadeCalls.Place> agendaTime(String field) {
        Matcher time = AGENDA_TIME.matcher(field);
        if (!time.matches()) {
            return Optional.empty();
        }
        int row = Integer.parseInt(time.group(1));
        return Optional.of(new FacadeCalls.Place("editForm:rows:" + row + ":" + time.group(2),
                MessageTexts.text("meetings.agenda." + time.group(2)) + " " + (row + 1)));
    }
}
