package nl.arbeidsmigratie.regie.sessions.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.platform.api.FileNames;
import nl.arbeidsmigratie.regie.platform.api.MailMessage;
import nl.arbeidsmigratie.regie.platform.api.Outbox;
import nl.arbeidsmigratie.regie.platform.api.PublicLinks;
import nl.arbeidsmigratie.regie.registration.api.EditionParticipant;
import nl.arbeidsmigratie.regie.sessions.api.MeetingFormat;
import nl.arbeidsmigratie.regie.sessions.api.MeetingStatus;
import nl.arbeidsmigratie.regie.sessions.entity.Meeting;
import nl.arbeidsmigratie.regie.sessions.entity.PollSlot;

/**
 * Mails about meetings and polls, each worded in its recipient's language and queued in the outbox in the
 * transaction of the change. The caller names the de-duplication key after the record, the step and the recipient,
 * so a step mails each person exactly once.
 */
@Dependent
public class MeetingMails {

    static final String MAILS = "nl.arbeidsmigratie.regie.sessions.meeting_mails";

    /** The mails that call someone to a meeting. */
    private static final Set<String> CALLING = Set.of("registered", "registered-waiting", "promoted", "rescheduled");

    /**
     * The mails that carry the meeting as a calendar file, to add to a calendar or to update or cancel what was
     * added (the event keeps its UID and counts its changes): all that tell of a date one may come on, or that it
     * is gone; not those to one waiting for a place.
     */
    private static final Set<String> DATED = Set.of("confirmed", "registered", "promoted", "moved", "rescheduled",
            "relocated", "settled", "poll-fixed", "cancelled");

    /**
     * The mails that tell someone who held a place that they go no more (taken off, or their municipality left): they
     * carry the meeting as cancelled for them, to take it out of the calendar the mails before put it in. One
     * waiting for a place ({@code -waiting}) was sent no calendar file, so gets none.
     */
    private static final Set<String> LEFT = Set.of("unregistered", "withdrawn");

    @Inject
    Outbox outbox;

    @Inject
    PublicLinks links;

    @Inject
    Clock clock;

    /**
     * Announces a confirmed meeting to one person taking part in its edition, in their language: its date, place and
     * programme, the page where they register and the circle's page; once per confirmation (its sequence), however
     * often it is asked, so one who joins the edition later is told of the meetings announced before.
     */
    public void announce(Meeting meeting, EditionParticipant participant) {
        String kind = "-contact".equals(circleAudience(participant)) ? "confirmed-contact" : "confirmed";
        send("meeting:" + meeting.id() + ":confirmed:" + meeting.sequence() + ":" + participant.email(),
                participant.email(), participant.language(), kind, meeting, participant.name(), page(meeting),
                new Programme(meeting), circlePage(meeting));
    }

    /**
     * The mails of a meeting for one taking part in its edition, after the kind's name: an officer registers people on
     * the meeting's page ({@code -circle}); an enrolment's contact asks an officer ({@code -contact}).
     */
    public static String circleAudience(EditionParticipant participant) {
        return participant.kind() == EditionParticipant.Kind.OFFICER ? "-circle" : "-contact";
    }

    /** The public page of the meeting's learning circle, with all its meetings. */
    public String circlePage(Meeting meeting) {
        return links.to("/circle.xhtml?edition=" + meeting.series().editionId());
    }

    /** The meeting's page, where people register. */
    public String page(Meeting meeting) {
        return links.to("/app/sessions/meeting.xhtml?id=" + meeting.id());
    }

    /**
     * Queues mail {@code kind} (a key of the bundle, e.g. "moved") to one person. The texts take {0} the
     * meeting's title, {1} its date and time, {2} its place, {3} its online link, then {@code more} from {4} on
     * (a format or a moment in the recipient's words).
     */
    public void send(String dedupKey, String email, String language, String kind, Meeting meeting, Object... more) {
        Locale locale = Locale.forLanguageTag(language == null ? "nl" : language);
        ResourceBundle texts = ResourceBundle.getBundle(MAILS, locale, MeetingMails.class.getClassLoader());
        // a kind for one waiting, or for the circle, is worded as the kind itself unless it has words of its own
        String words = texts.containsKey("mail." + kind + ".text") ? kind
                : kind.replaceFirst("-(waiting|circle|contact|guest)$", "");
        Object[] values = new Object[4 + more.length];
        values[0] = meeting.title();
        values[1] = meeting.startsAt() == null ? texts.getString("date.to-follow")
                : moment(meeting.startsAt(), meeting.endsAt(), texts, locale);
        values[2] = place(meeting, texts);
        values[3] = meeting.onlineLink() == null ? "" : meeting.onlineLink();
        for (int i = 0; i < more.length; i++) {
            Object value = more[i];
            values[4 + i] = value instanceof MeetingFormat format ? texts.getString("format." + format.name())
                    : value instanceof Instant instant ? moment(instant, null, texts, locale)
                    : value instanceof Proposals proposals ? proposals.lines(texts, locale)
                    : value instanceof Period period ? period.text(texts, locale)
                    : value instanceof Programme programme ? programme.lines(texts) : value;
        }
        // a mail that tells someone to come gives the link to join online too, when the meeting has one
        String notes = meeting.onlineLink() != null && texts.containsKey("mail." + words + ".online")
                ? MessageFormat.format(texts.getString("mail." + words + ".online"), values) : "";
        // and, while its date is provisional, says so: the mail must not read as a firm appointment
        if (meeting.status() == MeetingStatus.PROVISIONAL && meeting.startsAt() != null
                && CALLING.contains(kind.replaceFirst("-self$", ""))) {
            notes += texts.getString("mail.provisional");
        }
        boolean dated = dated(kind, meeting);
        boolean left = meeting.startsAt() != null && meeting.shownToCircle() && LEFT.contains(kind);
        if (dated) {
            notes += texts.getString(meeting.status() == MeetingStatus.CANCELLED ? "mail.calendar.cancelled"
                    : "mail.calendar");
        } else if (left) {
            notes += texts.getString("mail.calendar.withdrawn");
        }
        // a coordinator may run two editions at once, each with its "Bijeenkomst 2": the mail names its series
        String series = meeting.series().title();
        MailMessage mail = new MailMessage(email,
                MessageFormat.format(texts.getString("mail.subject.series"),
                        MessageFormat.format(texts.getString("mail." + words + ".subject"), values), series),
                MessageFormat.format(texts.getString("mail." + words + ".text"), values) + notes
                        + MessageFormat.format(texts.getString("mail.series"), series)
                        + texts.getString("mail.signature"), null);
        String calendar = dated ? CalendarWriter.write(null, List.of(meeting), clock.instant(), this::circlePage, locale)
                : left ? CalendarWriter.withdrawn(meeting, clock.instant(), this::circlePage, locale) : null;
        outbox.enqueue(dedupKey, calendar == null ? mail : mail.with(new MailMessage.CalendarFile(
                FileNames.slug(meeting.title(), "bijeenkomst") + ".ics", calendar)));
    }

    /** Whether mail {@code kind} tells of a date the meeting has, firm or provisional, or of its cancellation. */
    private static boolean dated(String kind, Meeting meeting) {
        return meeting.startsAt() != null && meeting.status() != MeetingStatus.DRAFT
                && DATED.contains(kind.replaceFirst("-(circle|contact|guest|self)$", ""));
    }

    /** The moments a date poll proposes, written in a mail one per line: day, start and end. */
    public record Proposals(List<PollSlot> slots) {

        String lines(ResourceBundle texts, Locale locale) {
            return slots.stream().map(slot -> MessageFormat.format(texts.getString("proposal.line"),
                    new Period(slot.startsAt(), slot.endsAt()).text(texts, locale))).collect(Collectors.joining("\n"));
        }
    }

    /** A meeting's day with its start and end time, written in a mail: "vrijdag 15 januari 2027, 10:00–12:00". */
    public record Period(Instant start, Instant end) {

        String text(ResourceBundle texts, Locale locale) {
            if (start == null || end == null) {
                return texts.getString("date.to-follow");
            }
            ZonedDateTime from = start.atZone(DutchTime.ZONE);
            DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
            return MessageFormat.format(texts.getString("period"),
                    DateTimeFormatter.ofPattern(texts.getString("proposal.day"), locale).format(from),
                    time.format(from), until(from, end, locale));
        }
    }

    /**
     * A meeting's agenda written in a mail, one item per line with its times and speaker: the people a mail calls
     * to a meeting often have no account to read it on its page.
     */
    public record Programme(Meeting meeting) {

        String lines(ResourceBundle texts) {
            if (meeting.agenda().isEmpty()) {
                return texts.getString("programme.to-follow");
            }
            DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
            return meeting.agenda().stream().map(item -> MessageFormat.format(texts.getString("programme.line"),
                    item.startsAt() == null ? "" : time.format(item.startsAt()),
                    item.endsAt() == null ? "" : "–" + time.format(item.endsAt()), item.title(),
                    item.speaker() == null ? "" : " (" + item.speaker() + ")").strip())
                    .collect(Collectors.joining("\n"));
        }
    }

    /**
     * A moment, and the time it ends when known, in the words of the mail's language, but day before month and a
     * 24-hour clock, as the pages write it: "donderdag 14 mei 2027 om 13:00–16:30".
     */
    private static String moment(Instant start, Instant end, ResourceBundle texts, Locale locale) {
        ZonedDateTime from = start.atZone(DutchTime.ZONE);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        String day = DateTimeFormatter.ofPattern(texts.getString("proposal.day"), locale).format(from);
        return end == null ? MessageFormat.format(texts.getString("moment.at"), day, time.format(from))
                : MessageFormat.format(texts.getString("moment.until"), day, time.format(from),
                        until(from, end, locale));
    }

    /** The time something ends, with its day when that is not the day it starts: "23:30–28 maart 00:30". */
    private static String until(ZonedDateTime from, Instant end, Locale locale) {
        ZonedDateTime to = end.atZone(DutchTime.ZONE);
        return DateTimeFormatter.ofPattern(to.toLocalDate().equals(from.toLocalDate()) ? "HH:mm" : "d MMMM HH:mm",
                locale).format(to);
    }

    private static String place(Meeting meeting, ResourceBundle texts) {
        String venue = meeting.venueName() == null ? "" : String.join(", ", java.util.stream.Stream.of(
                meeting.venueName(), meeting.venueAddress(), meeting.venueCity())
                .filter(java.util.Objects::nonNull).toList());
        if (venue.isEmpty()) {
            // a meeting dated before its venue is known says so, rather than leaving empty brackets
            venue = texts.getString("place.to-follow");
        }
        return switch (meeting.format()) {
            case ON_LOCATION -> venue;
            case ONLINE -> texts.getString("place.online");
            case HYBRID -> venue + texts.getString("place.hybrid");
        };
    }
}
