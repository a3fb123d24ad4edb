package nl.arbeidsmigratie.regie.sessions.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.arbeidsmigratie.regie.platform.api.DutchNames;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.PublicLinks;
import nl.arbeidsmigratie.regie.registration.api.EditionParticipant;
import nl.arbeidsmigratie.regie.registration.api.Enrolments;
import nl.arbeidsmigratie.regie.sessions.api.Availability;
import nl.arbeidsmigratie.regie.sessions.api.DatePollView;
import nl.arbeidsmigratie.regie.sessions.api.MeetingStatus;
import nl.arbeidsmigratie.regie.sessions.api.PollGuest;
import nl.arbeidsmigratie.regie.sessions.api.PollResults;
import nl.arbeidsmigratie.regie.sessions.api.RespondentAnswers;
import nl.arbeidsmigratie.regie.sessions.api.SlotResult;
import nl.arbeidsmigratie.regie.sessions.api.SlotView;
import nl.arbeidsmigratie.regie.sessions.entity.DatePoll;
import nl.arbeidsmigratie.regie.sessions.entity.Meeting;
import nl.arbeidsmigratie.regie.sessions.entity.PollAnswer;
import nl.arbeidsmigratie.regie.sessions.entity.PollInvitee;
import nl.arbeidsmigratie.regie.sessions.entity.PollSlot;

/**
 * Date polls as stored: invitations with their personal links, answers, views and the ranking of slots, and the
 * one reminder before the deadline. Every change to a poll's answers or state locks the poll row first; a change that
 * concerns its meeting too locks the meeting before the poll, so two such changes never wait for each other.
 */
@Dependent
public class Polls {

    /** Where a personal link leads: a public page (guests have no account) that reads the token from the query. */
    public static final String POLL_PAGE = "/date-poll.xhtml?token=";

    @PersistenceContext(unitName = "sessions")
    EntityManager em;

    @Inject
    MeetingMails mails;

    @Inject
    PublicLinks links;

    @Inject
    Enrolments enrolments;

    @Inject
    MeetingBook book;

    public DatePoll poll(long id) {
        DatePoll poll = em.find(DatePoll.class, id);
        if (poll == null) {
            throw unknownPoll(id);
        }
        return poll;
    }

    public DatePoll lockedPoll(long id) {
        DatePoll poll = em.find(DatePoll.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (poll == null) {
            throw unknownPoll(id);
        }
        em.refresh(poll);
        return poll;
    }

    public static InvalidInputException unknownPoll(long id) {
        return new InvalidInputException("pollId", "error.sessions.poll.unknown", "no poll " + id);
    }

    public List<DatePoll> openOfEdition(long editionId) {
        return em.createNamedQuery(DatePoll.OPEN_OF_EDITION, DatePoll.class).setParameter("edition", editionId)
                .getResultList();
    }

    public Optional<DatePoll> openOfMeeting(long meetingId) {
        return em.createNamedQuery(DatePoll.OPEN_OF_MEETING, DatePoll.class).setParameter("meeting", meetingId)
                .getResultStream().findFirst();
    }

    /** The meeting's latest poll, open or ended: a meeting has at most one open poll, and it is the latest. */
    public Optional<DatePoll> latestOfMeeting(long meetingId) {
        return em.createNamedQuery(DatePoll.OF_MEETING_LATEST_FIRST, DatePoll.class).setParameter("meeting", meetingId)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Ends the open poll of {@code meeting}, locked by the caller, if it has one; returns the poll ended. */
    public Optional<DatePoll> endOpenOf(Meeting meeting) {
        Optional<DatePoll> open = openOfMeeting(meeting.id()).map(poll -> lockedPoll(poll.id()));
        open.ifPresent(DatePoll::end);
        return open;
    }

    public List<PollSlot> slots(DatePoll poll) {
        return em.createNamedQuery(PollSlot.OF_POLL, PollSlot.class).setParameter("poll", poll.id()).getResultList();
    }

    public List<PollInvitee> invitees(DatePoll poll) {
        return em.createNamedQuery(PollInvitee.OF_POLL, PollInvitee.class).setParameter("poll", poll.id())
                .getResultList();
    }

    /**
     * The invitees whose personal links still open the poll, whom a mail about it concerns: guests, and those who
     * came for a municipality while it takes part in the edition.
     */
    public List<PollInvitee> stillInvited(DatePoll poll) {
        long edition = poll.meeting().series().editionId();
        Map<String, Boolean> takingPart = new HashMap<>();
        return invitees(poll).stream().filter(invitee -> invitee.municipalityCode() == null || takingPart
                .computeIfAbsent(invitee.municipalityCode(), code -> enrolments.takesPart(edition, code))).toList();
    }

    /** Whether {@code invitee}'s personal link still opens their poll; see {@link #stillInvited(DatePoll)}. */
    public boolean stillInvited(PollInvitee invitee) {
        return invitee.municipalityCode() == null
                || enrolments.takesPart(invitee.poll().meeting().series().editionId(), invitee.municipalityCode());
    }

    public List<PollAnswer> answers(DatePoll poll) {
        return em.createNamedQuery(PollAnswer.OF_POLL, PollAnswer.class).setParameter("poll", poll.id())
                .getResultList();
    }

    /** The invitee a personal link names, if it names one. */
    public Optional<PollInvitee> byToken(String token) {
        return LinkSecrets.hashOf(token).flatMap(hash -> em.createNamedQuery(PollInvitee.BY_TOKEN, PollInvitee.class)
                .setParameter("hash", hash).getResultStream().findFirst());
    }

    /** Takes an invitation back: its personal link opens nothing any more, and its answers count no longer. */
    public void withdraw(PollInvitee invitee) {
        em.createNativeQuery("delete from sessions.poll_answer where invitee_id = ?1").setParameter(1, invitee.id())
                .executeUpdate();
        em.remove(invitee);
        em.flush();
    }

    public Optional<PollInvitee> invitee(DatePoll poll, String email) {
        return invitees(poll).stream().filter(i -> i.email().equalsIgnoreCase(email)).findFirst();
    }

    /** Invites the participants not yet invited, each with a personal link by mail. */
    public void invite(DatePoll poll, List<EditionParticipant> participants, Instant now, boolean mail) {
        for (EditionParticipant p : participants) {
            invite(poll, p.kind() == EditionParticipant.Kind.OFFICER ? PollInvitee.Kind.OFFICER
                    : PollInvitee.Kind.ENROLMENT_CONTACT, p.municipalityCode(), p.municipalityName(), p.name(),
                    p.email(), p.language(), now, mail);
        }
    }

    /** Invites one person unless their address was invited already; returns the invitee either way. */
    public PollInvitee invite(DatePoll poll, PollInvitee.Kind kind, String code, String municipalityName, String name,
                              String email, String language, Instant now, boolean mail) {
        Optional<PollInvitee> known = invitee(poll, email);
        if (known.isPresent()) {
            return known.get();
        }
        String token = LinkSecrets.generate();
        PollInvitee invitee = new PollInvitee(poll, kind, code, municipalityName, name, email,
                "en".equals(language) ? "en" : "nl", LinkSecrets.hashOf(token).orElseThrow(), now);
        em.persist(invitee);
        em.flush();
        if (mail) {
            mails.send("date-poll:" + poll.id() + ":invitation:" + invitee.id(), email, invitee.language(),
                    "poll-invitation", poll.meeting(), name, poll.deadline(), links.to(POLL_PAGE + token),
                    new MeetingMails.Proposals(slots(poll)));
        }
        return invitee;
    }

    /**
     * Records {@code given} answers of one invitee, replacing earlier ones: one for every slot of the poll, as a
     * ranking counts a municipality's answers only when they are whole; slots must be the poll's own.
     */
    public void answer(DatePoll poll, PollInvitee invitee, Map<Long, Availability> given, Instant now) {
        poll.requireAnswerable(now);
        Set<Long> own = slots(poll).stream().map(PollSlot::id).collect(Collectors.toSet());
        if (given.isEmpty()) {
            throw new InvalidInputException("answers", "error.sessions.poll.answer.required", "no answer");
        }
        for (Long slot : given.keySet()) {
            if (slot == null || !own.contains(slot)) {
                throw new InvalidInputException("answers", "error.sessions.poll.slot.foreign",
                        "slot " + slot + " is not of poll " + poll.id());
            }
        }
        if (!given.keySet().containsAll(own)) {
            throw new InvalidInputException("answers", "error.sessions.poll.answer.required",
                    "no answer for slots " + own.stream().filter(slot -> !given.containsKey(slot)).sorted().toList());
        }
        for (Map.Entry<Long, Availability> entry : given.entrySet()) {
            if (entry.getValue() == null) {
                throw new InvalidInputException("answers", "error.sessions.poll.answer.required", "no answer");
            }
            PollAnswer stored = em.find(PollAnswer.class, new PollAnswer.Key(invitee.id(), entry.getKey()));
            if (stored == null) {
                em.persist(new PollAnswer(invitee.id(), entry.getKey(), entry.getValue(), now));
            } else {
                stored.change(entry.getValue(), now);
            }
        }
        em.flush();
    }

    public DatePollView view(DatePoll poll, Optional<PollInvitee> respondent) {
        em.flush();
        List<PollAnswer> answers = answers(poll);
        Map<Long, Availability> own = new HashMap<>();
        respondent.ifPresent(r -> answers.stream().filter(a -> a.inviteeId() == r.id())
                .forEach(a -> own.put(a.slotId(), a.answer())));
        int answered = (int) answers.stream().map(PollAnswer::inviteeId).distinct().count();
        return new DatePollView(poll.id(), poll.meeting().id(), poll.meeting().title(),
                MeetingBook.dutch(poll.deadline()), poll.status(),
                poll.meeting().status() == MeetingStatus.CANCELLED, slots(poll).stream().map(Polls::slot).toList(),
                poll.fixedSlotId(), invitees(poll).size(), answered, own, poll.version());
    }

    /** The guests of a poll in the order they were invited, each with whether they answered. */
    public List<PollGuest> guests(DatePoll poll) {
        Set<Long> answered = answers(poll).stream().map(PollAnswer::inviteeId).collect(Collectors.toSet());
        return invitees(poll).stream().filter(i -> i.kind() == PollInvitee.Kind.GUEST)
                .map(i -> new PollGuest(i.id(), i.name(), i.email(), i.language(), i.invitedAt(),
                        answered.contains(i.id())))
                .toList();
    }

    private static String heading(PollInvitee invitee) {
        return invitee.kind() == PollInvitee.Kind.GUEST || invitee.municipalityCode() == null ? "" : invitee.municipalityCode();
    }

    private static SlotView slot(PollSlot slot) {
        return new SlotView(slot.id(), MeetingBook.dutch(slot.startsAt()), MeetingBook.dutch(slot.endsAt()));
    }

    /** Who answers through an invitee's link, as the page tells them: their name and municipality, as known. */
    private static String answeringAs(PollInvitee invitee) {
        return String.join(", ", Stream.of(invitee.name(), invitee.municipalityName())
                .filter(part -> part != null && !part.isBlank()).toList());
    }

    /**
     * Slots ranked by "yes", then "if need be", then time; answers by municipality (guests last), with names only
     * when {@code withNames}.
     */
    public PollResults results(DatePoll poll, Optional<PollInvitee> respondent, boolean withNames) {
        List<PollSlot> slots = slots(poll);
        List<PollAnswer> answers = answers(poll);
        Meeting polled = poll.meeting();
        List<Meeting> others = book.meetings(polled.series()).stream()
                .filter(m -> !m.id().equals(polled.id())).toList();
        Map<Long, Map<Availability, Integer>> counts = new HashMap<>();
        for (PollAnswer a : answers) {
            counts.computeIfAbsent(a.slotId(), k -> new HashMap<>()).merge(a.answer(), 1, Integer::sum);
        }
        List<SlotResult> unranked = slots.stream().map(s -> {
            Map<Availability, Integer> c = counts.getOrDefault(s.id(), Map.of());
            List<String> overlapping = others.stream().filter(m -> m.takesPlaceDuring(s.startsAt(), s.endsAt()))
                    .map(Meeting::title).toList();
            return new SlotResult(0, slot(s), c.getOrDefault(Availability.YES, 0),
                    c.getOrDefault(Availability.IF_NEED_BE, 0), c.getOrDefault(Availability.NO, 0), overlapping);
        }).sorted(Comparator.comparingInt(SlotResult::yes).reversed()
                .thenComparing(Comparator.comparingInt(SlotResult::ifNeedBe).reversed())
                .thenComparing(r -> r.slot().startsAt())).toList();
        List<SlotResult> ranking = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            SlotResult r = unranked.get(i);
            ranking.add(new SlotResult(i + 1, r.slot(), r.yes(), r.ifNeedBe(), r.no(), r.overlapping()));
        }
        Map<Long, Map<Long, Availability>> byInvitee = new LinkedHashMap<>();
        answers.forEach(a -> byInvitee.computeIfAbsent(a.inviteeId(), k -> new HashMap<>()).put(a.slotId(), a.answer()));
        List<PollInvitee> answered = invitees(poll).stream().filter(i -> byInvitee.containsKey(i.id()))
                .sorted(Comparator.comparing((PollInvitee i) -> i.municipalityName() == null)
                        .thenComparing(i -> i.municipalityName() == null ? "" : i.municipalityName(), DutchNames.ORDER)
                        .thenComparing(PollInvitee::id))
                .toList();
        // without names, two people of one municipality (or two guests) are told apart by number
        Map<String, Long> perHeading = answered.stream().collect(Collectors.groupingBy(Polls::heading, Collectors.counting()));
        Map<String, Integer> numbered = new HashMap<>();
        List<RespondentAnswers> respondents = answered.stream()
                .map(i -> new RespondentAnswers(i.municipalityCode(), i.municipalityName(),
                        i.kind() == PollInvitee.Kind.GUEST, withNames ? i.name() : null,
                        perHeading.get(heading(i)) > 1 ? numbered.merge(heading(i), 1, Integer::sum) : 0,
                        byInvitee.get(i.id())))
                .toList();
        return new PollResults(view(poll, respondent), ranking, respondents, respondent.map(Polls::answeringAs)
                .orElse(null));
    }

    /**
     * Sends the one reminder of each open poll whose deadline is within {@code window}, to the invitees who have
     * not answered. Polls are taken with {@code for update skip locked} and marked in the same transaction, so
     * instances running this together send each reminder once.
     *
     * @return the number of reminders queued
     */
    public int remindDue(Instant now, Duration window) {
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery("select id from sessions.date_poll where status = 'OPEN' "
                        + "and reminder_sent_at is null and deadline > ?1 and deadline <= ?2 for update skip locked")
                .setParameter(1, Timestamp.from(now)).setParameter(2, Timestamp.from(now.plus(window)))
                .getResultList();
        int sent = 0;
        for (Number id : due) {
            DatePoll poll = em.find(DatePoll.class, id.longValue());
            em.refresh(poll);
            Set<Long> answered = answers(poll).stream().map(PollAnswer::inviteeId).collect(Collectors.toSet());
            for (PollInvitee invitee : stillInvited(poll)) {
                if (!answered.contains(invitee.id())) {
                    String token = LinkSecrets.generate();
                    invitee.remindWith(LinkSecrets.hashOf(token).orElseThrow());
                    mails.send("date-poll:" + poll.id() + ":reminder:" + invitee.id(), invitee.email(),
                            invitee.language(), "poll-reminder", poll.meeting(), invitee.name(), poll.deadline(),
                            links.to(POLL_PAGE + token), new MeetingMails.Proposals(slots(poll)));
                    sent++;
                }
            }
            poll.reminded(now);
        }
        em.flush();
        return sent;
    }
}
