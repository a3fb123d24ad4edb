package nl.arbeidsmigratie.regie.sessions.api;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.EmailAddress;
import nl.arbeidsmigratie.regie.platform.api.InputChecks;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.EditionParticipant;
import nl.arbeidsmigratie.regie.registration.api.Enrolments;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.sessions.control.MeetingAccess;
import nl.arbeidsmigratie.regie.sessions.control.MeetingBook;
import nl.arbeidsmigratie.regie.sessions.control.MeetingMails;
import nl.arbeidsmigratie.regie.sessions.control.Polls;
import nl.arbeidsmigratie.regie.sessions.entity.DatePoll;
import nl.arbeidsmigratie.regie.sessions.entity.Meeting;
import nl.arbeidsmigratie.regie.sessions.entity.PollInvitee;
import nl.arbeidsmigratie.regie.sessions.entity.PollSlot;
import nl.arbeidsmigratie.regie.sessions.entity.TextRules;

/**
 * Date polls (datumprikker) for a meeting without a fixed date. The coordinator proposes slots and a deadline; the
 * participants (officers and enrolment contacts of municipalities with a confirmed enrolment) and invited guests
 * are mailed a personal link. Officers answer signed in or through their link, everyone else through their link
 * only, which opens that one poll and nothing else; answers change until the deadline. The coordinator fixes a
 * slot: the meeting gets that date and is confirmed, the poll closes and everyone invited is mailed. A meeting dated
 * by hand, held or cancelled ends its open poll ({@link MeetingPlanning}); it takes no answers or guests after.
 */
@Stateless
public class DatePolls {

    private static final int MAX_SLOTS = 20;
    /** The longest name of a guest. */
    public static final int MAX_NAME = 200;

    @PersistenceContext(unitName = "sessions")
    EntityManager em;

    @Inject
    MeetingAccess access;

    @Inject
    MeetingBook book;

    @Inject
    Polls polls;

    @Inject
    MeetingMails mails;

    @Inject
    Enrolments enrolments;

    @Inject
    AuditTrail audit;

    @Inject
    MeetingPlanning planning;

    /**
     * Opens a poll for a meeting that has none open: one to {@value #MAX_SLOTS} slots in the future, each ending
     * after it starts, and a deadline (Dutch local time) in the future, before the first slot. Every participant
     * of the edition is invited by mail with a personal link. A slot refused is named by its place in the list and its
     * time ({@code slots.2.startsAt}).
     */
    public DatePollView open(long meetingId, @NotNull List<SlotProposal> slots, LocalDateTime deadline) {
        access.coordinator();
        Meeting meeting = book.lockedMeeting(meetingId);
        if (!meeting.status().open()) {
            throw new InvalidInputException("meetingId", "error.sessions.meeting.closed",
                    "meeting " + meetingId + " is " + meeting.status());
        }
        if (polls.openOfMeeting(meetingId).isPresent()) {
            throw new InvalidInputException("meetingId", "error.sessions.poll.open-already",
                    "meeting " + meetingId + " has an open poll");
        }
        if (meeting.status() == MeetingStatus.CONFIRMED) {
            // a confirmed date was announced to everyone: polling for another first takes it back to provisional
            throw new InvalidInputException("meetingId", "error.sessions.poll.meeting-confirmed",
                    "meeting " + meetingId + " is confirmed");
        }
        // every refusal of the proposal at once, each at its field, so the coordinator corrects them in one go
        InputChecks checks = new InputChecks();
        checks.require(!slots.isEmpty() && slots.size() <= MAX_SLOTS, "slots", "error.sessions.poll.slots.count",
                "between 1 and " + MAX_SLOTS + " slots");
        checks.require(deadline != null, "deadline", "error.sessions.poll.deadline.required", "a deadline");
        // the same moment twice would split its answers over two rows of the ranking
        checks.require(slots.stream().map(p -> p.startsAt() + "/" + p.endsAt()).distinct().count() == slots.size(),
                "slots", "error.sessions.poll.slots.twice", "a moment proposed twice");
        Instant now = book.now();
        checks.check(() -> MeetingBook.requireOnTheClock("deadline", deadline));
        Instant closesAt = MeetingBook.instant(deadline);
        if (closesAt != null) {
            checks.check(() -> DatePoll.checkDeadline(closesAt, now));
        }
        List<SlotProposal> fine = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            SlotProposal proposal = slots.get(i);
            String slot = "slots." + i + ".";
            try {
                MeetingBook.requireOnTheClock("startsAt", proposal.startsAt());
                MeetingBook.requireOnTheClock("endsAt", proposal.endsAt());
            } catch (InvalidInputException offTheClock) {
                checks.check(() -> {
                    throw offTheClock.about(slot + offTheClock.field());
                });
                continue;
            }
            try {
                PollSlot.checkTimes(MeetingBook.instant(proposal.startsAt()), MeetingBook.instant(proposal.endsAt()),
                        now);
                fine.add(proposal);
            } catch (InvalidInputException refused) {
                // at the time to correct: an end before the start or missing is the end's, the rest the start's
                boolean end = "error.sessions.meeting.times.order".equals(refused.messageKey())
                        || proposal.startsAt() != null && proposal.endsAt() == null;
                checks.check(() -> {
                    throw refused.about(slot + (end ? "endsAt" : "startsAt"));
                });
            }
        }
        // a slot refused for its own times says so itself: the deadline is measured against the others
        checks.require(closesAt == null || fine.stream().map(p -> MeetingBook.instant(p.startsAt()))
                        .allMatch(start -> start == null || start.isAfter(closesAt)), "deadline",
                "error.sessions.poll.deadline.after-slot", "the deadline lies after the first slot");
        checks.refuseIfBroken();
        DatePoll poll = new DatePoll(meeting, closesAt, now);
        em.persist(poll);
        for (SlotProposal proposal : slots) {
            em.persist(new PollSlot(poll, MeetingBook.instant(proposal.startsAt()),
                    MeetingBook.instant(proposal.endsAt()), now));
        }
        em.flush();
        polls.invite(poll, enrolments.participantsOf(meeting.series().editionId()), now, true);
        DatePollView view = polls.view(poll, Optional.empty());
        audit.record("sessions.poll.opened", target(poll), null, view);
        return view;
    }

    /**
     * The coordinator invites a guest (a speaker, a colleague of another province) to an open poll: they are mailed
     * a personal link in their language (Dutch or English, Dutch when none is given).
     */
    public PollGuest inviteGuest(long pollId, String name, String email, String language) {
        access.coordinator();
        String cleanName = TextRules.requiredLine("name", name, MAX_NAME, "error.sessions.registration.name.required");
        String address = email == null ? "" : email.strip();
        if (!EmailAddress.isValid(address)) {
            throw new InvalidInputException("email", "error.email.invalid", "not an email address");
        }
        String tongue = language == null || language.isBlank() ? "nl" : language.strip();
        if (!tongue.equals("nl") && !tongue.equals("en")) {
            throw new InvalidInputException("language", "error.language.unknown",
                    "a guest is mailed in nl or en, not " + tongue);
        }
        DatePoll poll = polls.lockedPoll(pollId);
        poll.requireAnswerable(book.now());
        if (polls.invitee(poll, address).isPresent()) {
            throw new InvalidInputException("email", "error.sessions.poll.invited-already",
                    address + " is invited already");
        }
        PollInvitee guest = polls.invite(poll, PollInvitee.Kind.GUEST, null, null, cleanName, address, tongue,
                book.now(), true);
        audit.record("sessions.poll.guest-invited", target(poll), null,
                Map.of("invitee", guest.id(), "email", address));
        return guestOf(poll, guest.id());
    }

    /**
     * Takes a guest's invitation back while the poll is open (an address mistyped, the wrong person asked): their
     * personal link opens the poll no more and their answers no longer count. Invited again, a guest gets a new link.
     */
    public void withdrawGuest(long pollId, long guestId) {
        access.coordinator();
        DatePoll poll = polls.lockedPoll(pollId);
        poll.requireAnswerable(book.now());
        PollInvitee guest = polls.invitees(poll).stream()
                .filter(i -> i.id() == guestId && i.kind() == PollInvitee.Kind.GUEST).findFirst()
                .orElseThrow(() -> unknownGuest(poll, guestId));
        Map<String, Object> before = Map.of("invitee", guest.id(), "email", guest.email());
        polls.withdraw(guest);
        audit.record("sessions.poll.guest-withdrawn", target(poll), before, null);
    }

    /** The guests of a poll and whether they answered, for coordinators and auditors; officers see no addresses. */
    public List<PollGuest> guests(long pollId) {
        return polls.guests(guestListReadBy(pollId));
    }

    /** One guest of a poll as {@link #guests} lists them, for coordinators and auditors; unknown once withdrawn. */
    public PollGuest guest(long pollId, long guestId) {
        return guestOf(guestListReadBy(pollId), guestId);
    }

    /** The poll whose guest list the caller reads: coordinators and auditors. */
    private DatePoll guestListReadBy(long pollId) {
        if (access.caller().role() == Role.OFFICER) {
            throw new AccessRefusedException("the guest list is for coordinators and auditors");
        }
        return polls.poll(pollId);
    }

    private PollGuest guestOf(DatePoll poll, long guestId) {
        return polls.guests(poll).stream().filter(g -> g.id() == guestId).findFirst()
                .orElseThrow(() -> unknownGuest(poll, guestId));
    }

    private static InvalidInputException unknownGuest(DatePoll poll, long guestId) {
        return new InvalidInputException("guest", "error.sessions.poll.guest.unknown",
                "no guest " + guestId + " of poll " + poll.id());
    }

    /** The poll as the caller sees it: coordinators and auditors any, officers those they are invited to. */
    public DatePollView poll(long pollId) {
        DatePoll poll = polls.poll(pollId);
        return polls.view(poll, respondent(poll, access.caller(), false));
    }

    /** The open poll of a meeting, if any, as {@link #poll} shows it. */
    public Optional<DatePollView> openPollOf(long meetingId) {
        AccountView caller = access.caller();
        return polls.openOfMeeting(meetingId).map(poll -> polls.view(poll, respondent(poll, caller, false)));
    }

    /**
     * The meeting's latest poll, open or ended, as {@link #poll} shows it: once a slot is fixed its answers stay
     * there to be read. None for an officer whose municipality takes no part, as the meeting's page then offers none.
     */
    public Optional<DatePollView> latestPollOf(long meetingId) {
        AccountView caller = access.caller();
        Optional<DatePoll> latest = polls.latestOfMeeting(meetingId);
        try {
            return latest.map(poll -> polls.view(poll, respondent(poll, caller, false)));
        } catch (AccessRefusedException notAParticipant) {
            return Optional.empty();
        }
    }

    /**
     * The open polls of the edition's meetings that the caller takes part in, as {@link #poll} shows them, read in
     * one statement; an officer of a municipality not taking part sees none.
     */
    public List<DatePollView> openPollsOf(long editionId) {
        AccountView caller = access.caller();
        List<DatePollView> views = new ArrayList<>();
        for (DatePoll poll : polls.openOfEdition(editionId)) {
            try {
                views.add(polls.view(poll, respondent(poll, caller, false)));
            } catch (AccessRefusedException notAParticipant) {
                // not this caller's poll: left out, as the page shows only what they may answer
            }
        }
        return views;
    }

    /** A signed-in officer answers for themselves: per slot yes, if need be or no; again until the deadline. */
    public DatePollView answer(long pollId, @NotNull Map<Long, Availability> answers) {
        AccountView caller = access.caller();
        if (caller.role() != Role.OFFICER) {
            throw new AccessRefusedException("officers answer polls; coordinators and auditors do not");
        }
        DatePoll poll = polls.lockedPoll(pollId);
        poll.requireAnswerable(book.now());
        PollInvitee invitee = respondent(poll, caller, true).orElseThrow();
        polls.answer(poll, invitee, answers, book.now());
        audit.record("sessions.poll.answered", target(poll), null, Map.of("invitee", invitee.id(), "answers", answers));
        return polls.view(poll, Optional.of(invitee));
    }

    /** The results: ranked slots and everyone's answers by municipality; names for coordinators and auditors. */
    public PollResults results(long pollId) {
        AccountView caller = access.caller();
        DatePoll poll = polls.poll(pollId);
        Optional<PollInvitee> respondent = respondent(poll, caller, false);
        return polls.results(poll, respondent, caller.role() != Role.OFFICER);
    }

    /** The poll a personal link opens; a link that opens nothing is "unknown", whatever the reason. */
    public DatePollView pollByLink(String token) {
        PollInvitee invitee = byLink(token);
        return polls.view(invitee.poll(), Optional.of(invitee));
    }

    /** Answers through a personal link, for that link's one poll. */
    public DatePollView answerByLink(String token, @NotNull Map<Long, Availability> answers) {
        PollInvitee invitee = byLink(token);
        DatePoll poll = polls.lockedPoll(invitee.poll().id());
        polls.answer(poll, invitee, answers, book.now());
        audit.recordAs(invitee.email(), "sessions.poll.answered", target(poll), null,
                Map.of("invitee", invitee.id(), "answers", answers));
        return polls.view(poll, Optional.of(invitee));
    }

    /** The language the link's invitee was invited in ("nl" or "en"), so their page speaks it as their mail did. */
    public String languageByLink(String token) {
        return byLink(token).language();
    }

    /** The results through a personal link, without names. */
    public PollResults resultsByLink(String token) {
        PollInvitee invitee = byLink(token);
        return polls.results(invitee.poll(), Optional.of(invitee), false);
    }

    /**
     * The coordinator fixes a slot of this poll: the meeting gets its date and is confirmed, the poll closes, and
     * everyone invited is mailed, in their language: a meeting confirmed is announced to the circle with its programme
     * and where to register ({@link MeetingPlanning#announceDated}), and the poll's own mail of the date goes to the
     * invited it did not reach (guests, or everyone while the meeting still lacks what an announcement needs). The
     * series' meetings the new date overlaps come back with it, as when a meeting is dated on its form.
     */
    public MeetingSaved fix(long pollId, long slotId) {
        access.coordinator();
        Meeting meeting = book.lockedMeeting(polls.poll(pollId).meeting().id());
        DatePoll poll = polls.lockedPoll(pollId);
        PollSlot slot = em.find(PollSlot.class, slotId);
        if (slot == null) {
            throw new InvalidInputException("slotId", "error.sessions.poll.slot.foreign", "no slot " + slotId);
        }
        MeetingView before = book.view(meeting);
        poll.fix(slot);
        meeting.fixDate(slot.startsAt(), slot.endsAt());
        MeetingView after = book.view(meeting);
        audit.record("sessions.poll.fixed", target(poll), before, after);
        Set<String> announced = planning.announceDated(meeting.id());
        for (PollInvitee invitee : polls.stillInvited(poll)) {
            if (announced.contains(invitee.email().toLowerCase(Locale.ROOT))) {
                continue;
            }
            mails.send("date-poll:" + poll.id() + ":fixed:" + invitee.id(), invitee.email(), invitee.language(),
                    "poll-fixed", meeting, invitee.name());
        }
        return new MeetingSaved(after, book.overlapping(meeting), false);
    }

    /** The invitee a personal link names, while their municipality, if they came for one, still takes part. */
    private PollInvitee byLink(String token) {
        return polls.byToken(token).filter(polls::stillInvited)
                .orElseThrow(() -> new InvalidInputException("token", "error.sessions.poll.link.unknown",
                        "no poll for this link"));
    }

    /**
     * The caller's invitation to the poll. Coordinators and auditors read without one; an officer of a
     * participating municipality who was not yet invited (a new account) is added, without a mail; any other
     * officer is refused.
     */
    private Optional<PollInvitee> respondent(DatePoll poll, AccountView caller, boolean answering) {
        if (caller.role() != Role.OFFICER) {
            return Optional.empty();
        }
        Optional<PollInvitee> invited = polls.invitee(poll, caller.email());
        if (invited.isPresent()) {
            return invited;
        }
        EditionParticipant participant = enrolments.participantsOf(poll.meeting().series().editionId()).stream()
                .filter(p -> p.email().equalsIgnoreCase(caller.email())).findFirst()
                .orElseThrow(() -> new AccessRefusedException("only participants answer this poll"));
        if (!answering) {
            return Optional.empty();
        }
        return Optional.of(polls.invite(poll, PollInvitee.Kind.OFFICER, participant.municipalityCode(),
                participant.municipalityName(), participant.name(), participant.email(), participant.language(),
                book.now(), false));
    }

    private static String target(DatePoll poll) {
        return "date-poll:" + poll.id();
    }
}
