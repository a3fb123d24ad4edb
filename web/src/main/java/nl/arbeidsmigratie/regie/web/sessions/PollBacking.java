package nl.arbeidsmigratie.regie.web.sessions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.arbeidsmigratie.regie.sessions.api.DatePollView;
import nl.arbeidsmigratie.regie.sessions.api.DatePolls;
import nl.arbeidsmigratie.regie.sessions.api.MeetingPlanning;
import nl.arbeidsmigratie.regie.sessions.api.MeetingSaved;
import nl.arbeidsmigratie.regie.sessions.api.MeetingStatus;
import nl.arbeidsmigratie.regie.sessions.api.MeetingView;
import nl.arbeidsmigratie.regie.sessions.api.PollGuest;
import nl.arbeidsmigratie.regie.sessions.api.PollStatus;
import nl.arbeidsmigratie.regie.sessions.api.SlotProposal;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import nl.arbeidsmigratie.regie.web.faces.LayoutBacking;
import nl.arbeidsmigratie.regie.web.faces.MessageTexts;
import nl.arbeidsmigratie.regie.web.faces.NotFound;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * A date poll ({@code ?id=}), or the open poll of a meeting ({@code ?meeting=}), which a coordinator proposes when
 * there is none: slots and a deadline. Officers of participating municipalities answer per slot until the deadline
 * and see everyone's answers by municipality; the ranking shows which slot suits most; the coordinator fixes one.
 * The coordinator invites guests through a personal link while it is open and, with auditors, sees who of them
 * answered.
 */
@Named
@ViewScoped
public class PollBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PROPOSED_SLOTS = 3;
    /** A refused slot's time, by its place in the proposal: {@code slots.2.startsAt}. */
    private static final Pattern SLOT_FIELD = Pattern.compile("slots\\.(\\d{1,2})\\.(startsAt|endsAt)");

    @Inject
    DatePolls polls;

    @Inject
    MeetingPlanning planning;

    @Inject
    LayoutBacking layout;

    private MeetingView meeting;
    private PollSheet sheet;

    private final List<SlotProposalRow> proposals = new ArrayList<>();
    private LocalDateTime deadline;

    private List<PollGuest> guests = List.of();
    private String guestName;
    private String guestEmail;
    private String guestLanguage = "nl";

    /** A slot as the coordinator types it. */
    public static class SlotProposalRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private LocalDateTime startsAt;
        private LocalDateTime endsAt;

        public LocalDateTime getStartsAt() {
            return startsAt;
        }

        public void setStartsAt(LocalDateTime startsAt) {
            this.startsAt = startsAt;
        }

        public LocalDateTime getEndsAt() {
            return endsAt;
        }

        public void setEndsAt(LocalDateTime endsAt) {
            this.endsAt = endsAt;
        }
    }

    @PostConstruct
    void init() {
        OptionalLong pollId = SessionsPages.id("id");
        OptionalLong meetingId = SessionsPages.id("meeting");
        FacadeCalls.attempt(() -> {
            if (pollId.isPresent()) {
                load(pollId.getAsLong());
            } else if (meetingId.isPresent()) {
                meeting = planning.meeting(meetingId.getAsLong());
                polls.latestPollOf(meeting.id()).ifPresent(poll -> load(poll.id()));
            }
        });
        NotFound.whenMissing(NotFound.asked("id", "meeting"), meeting);
        for (int i = 0; i < PROPOSED_SLOTS; i++) {
            proposals.add(new SlotProposalRow());
        }
    }

    private void load(long pollId) {
        sheet = new PollSheet(polls.results(pollId));
        meeting = planning.meeting(sheet.getResults().poll().meetingId());
        if (!layout.isOfficer()) {
            guests = polls.guests(pollId);
        }
    }

    public void addProposal() {
        proposals.add(new SlotProposalRow());
    }

    /** The start or end field of the row a refused slot ({@code slots.2.startsAt}) was typed in, named as its label. */
    private static Optional<FacadeCalls.Place> slotField(String field, List<Integer> rows) {
        Matcher slot = SLOT_FIELD.matcher(field);
        if (!slot.matches() || Integer.parseInt(slot.group(1)) >= rows.size()) {
            return Optional.empty();
        }
        int row = rows.get(Integer.parseInt(slot.group(1)));
        String part = "startsAt".equals(slot.group(2)) ? "start" : "end";
        return Optional.of(new FacadeCalls.Place("propose:rows:" + row + ":" + part,
                MessageTexts.text("poll.slot." + part) + " " + (row + 1)));
    }

    /** Takes a proposed moment back before the poll opens; one row, empty, always stays to fill in. */
    public void removeProposal(int index) {
        if (index >= 0 && index < proposals.size()) {
            proposals.remove(index);
        }
        if (proposals.isEmpty()) {
            proposals.add(new SlotProposalRow());
        }
    }

    public String open() {
        // the rows filled in, by their place among all rows: a refused slot is shown in its own row
        List<Integer> rows = new ArrayList<>();
        for (int row = 0; row < proposals.size(); row++) {
            if (proposals.get(row).startsAt != null || proposals.get(row).endsAt != null) {
                rows.add(row);
            }
        }
        List<SlotProposal> slots = rows.stream()
                .map(row -> new SlotProposal(proposals.get(row).startsAt, proposals.get(row).endsAt)).toList();
        DatePollView[] opened = new DatePollView[1];
        if (FacadeCalls.of(() -> opened[0] = polls.open(meeting.id(), slots, deadline))
                .fieldsIn("propose", field -> slotField(field, rows)).run()) {
            Faces.getFlash().setKeepMessages(true);
            Messages.addGlobalInfo("poll.opened", opened[0].invited());
            return "/app/sessions/poll?faces-redirect=true&id=" + opened[0].id();
        }
        return null;
    }

    public void answer() {
        long pollId = sheet.getResults().poll().id();
        if (FacadeCalls.attempt(() -> polls.answer(pollId, sheet.answers()))) {
            Messages.addGlobalInfo("poll.answered");
            FacadeCalls.attempt(() -> load(pollId));
        }
    }

    public void fix(long slotId) {
        long pollId = sheet.getResults().poll().id();
        FacadeCalls.attempt(() -> {
            MeetingSaved saved = polls.fix(pollId, slotId);
            MeetingView fixed = saved.meeting();
            if (fixed.status().announced()) {
                Messages.addGlobalInfo("poll.fixed", fixed.title());
            } else {
                Messages.addGlobalWarn("poll.fixed.draft", fixed.title());
            }
            MeetingsBacking.warnOfOverlap(saved);
            load(pollId);
        });
    }

    public void inviteGuest() {
        long pollId = sheet.getResults().poll().id();
        PollGuest[] invited = new PollGuest[1];
        if (FacadeCalls.of(() -> invited[0] = polls.inviteGuest(pollId, guestName, guestEmail, guestLanguage))
                .fieldsIn("guests").run()) {
            Messages.addGlobalInfo("poll.guests.invited", invited[0].name(), invited[0].email());
            guestName = null;
            guestEmail = null;
            FacadeCalls.attempt(() -> load(pollId));
        }
    }

    /** Takes {@code guest}'s invitation back: their link opens the poll no more. */
    public void withdrawGuest(PollGuest guest) {
        long pollId = sheet.getResults().poll().id();
        if (FacadeCalls.attempt(() -> polls.withdrawGuest(pollId, guest.id()))) {
            Messages.addGlobalInfo("poll.guests.withdrawn", guest.name(), guest.email());
        }
        FacadeCalls.attempt(() -> load(pollId));
    }

    /** Officers answer while the poll is open; coordinators and auditors read. */
    public boolean isAnswering() {
        return sheet != null && layout.isOfficer() && sheet.getResults().poll().status() == PollStatus.OPEN;
    }

    public boolean isProposing() {
        // a confirmed date was announced: the facade refuses polling for another, so the form is not offered
        return (sheet == null || sheet.getResults().poll().status() != PollStatus.OPEN) && meeting != null
                && layout.isCoordinator() && meeting.status().open() && meeting.status() != MeetingStatus.CONFIRMED;
    }

    public MeetingView getMeeting() {
        return meeting;
    }

    public PollSheet getSheet() {
        return sheet;
    }

    /** Coordinators invite guests while the poll is open. */
    public boolean isInviting() {
        return sheet != null && layout.isCoordinator() && sheet.getResults().poll().status() == PollStatus.OPEN;
    }

    public List<PollGuest> getGuests() {
        return guests;
    }

    public String getGuestName() {
        return guestName;
    }

    public void setGuestName(String guestName) {
        this.guestName = guestName;
    }

    public String getGuestEmail() {
        return guestEmail;
    }

    public void setGuestEmail(String guestEmail) {
        this.guestEmail = guestEmail;
    }

    public String getGuestLanguage() {
        return guestLanguage;
    }

    public void setGuestLanguage(String guestLanguage) {
        this.guestLanguage = guestLanguage;
    }

    public List<SlotProposalRow> getProposals() {
        return proposals;
    }

    public LocalDateTime getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDateTime deadline) {
        this.deadline = deadline;
    }
}
