package nl.arbeidsmigratie.regie.sessions.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import nl.arbeidsmigratie.regie.sessions.api.MeetingStatus;
import nl.arbeidsmigratie.regie.sessions.entity.Meeting;

/**
 * Meetings as iCalendar (RFC 5545, ical4j). Each meeting is one event with a UID that never changes and its
 * sequence, so a calendar that holds it updates it when time, place or format change; a cancelled meeting is
 * {@code STATUS:CANCELLED} and says so first in its title (calendars that ignore the status show it), a provisional
 * one {@code TENTATIVE} (and says "onder voorbehoud" in its title). Times are written in UTC, so no calendar needs
 * our time-zone rules to place them. Meetings without a date, and drafts (also one cancelled before it was
 * announced), are left out: the circle was never told of them. Feed and files are {@code METHOD:PUBLISH}: to read,
 * not an invitation.
 */
public final class CalendarWriter {

    static final String DOMAIN = "@sessions.arbeidsmigratie-regie";
    private static final String CRLF = "\r\n";
    private static final int LINE_OCTETS = 75;

    private CalendarWriter() {
    }

    public static String uid(Meeting meeting) {
        return "meeting-" + meeting.id() + DOMAIN;
    }

    /**
     * The meetings as one calendar named {@code name} (what a calendar application shows for a subscribed feed; null
     * for a meeting's own file, which some applications would otherwise open as a calendar of its own rather than
     * as an event to add); each event links to its meeting's page by {@code page}.
     */
    public static String write(String name, List<Meeting> meetings, Instant now, Function<Meeting, String> page,
                               Locale language) {
        return write(name, meetings, now, page, language, false);
    }

    /**
     * One person's file of a meeting they no longer go to (taken off it, or their municipality left the circle): the
     * event as cancelled for them, with its UID and sequence, so their calendar takes it out as it does one called
     * off; the meeting itself goes on.
     */
    public static String withdrawn(Meeting meeting, Instant now, Function<Meeting, String> page, Locale language) {
        return write(null, List.of(meeting), now, page, language, true);
    }

    private static String write(String name, List<Meeting> meetings, Instant now, Function<Meeting, String> page,
                                Locale language, boolean withdrawn) {
        ResourceBundle texts = ResourceBundle.getBundle(MeetingMails.MAILS, language,
                CalendarWriter.class.getClassLoader());
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Arbeidsmigratie Regie//Leerkring//NL"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        // published for reading (RFC 5546): a calendar adds or updates the events, and asks nobody to reply
        calendar.add(ImmutableMethod.PUBLISH);
        if (name != null) {
            calendar.add(new XProperty("X-WR-CALNAME", name));
        }
        for (Meeting meeting : meetings) {
            if (meeting.startsAt() != null && meeting.shownToCircle()) {
                calendar.add(event(meeting, now, page.apply(meeting), texts, withdrawn));
            }
        }
        StringWriter out = new StringWriter();
        try {
            // no validation: a series without dated meetings is an empty calendar, which a feed must still serve
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // folded again: ical4j folds after 75 characters, where RFC 5545 means 75 octets
        return folded(out.toString().replace(CRLF + " ", ""));
    }

    /**
     * Each line of {@code unfolded} in lines of at most 75 octets of UTF-8 (RFC 5545, 3.1), folded between
     * characters, never inside one: a title with emoji or Arabic letters is read back whole by a strict calendar.
     */
    static String folded(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 40);
        for (String line : unfolded.split(CRLF)) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int character = line.codePointAt(i);
                int size = character < 0x80 ? 1 : character < 0x800 ? 2 : character < 0x10000 ? 3 : 4;
                if (octets + size > LINE_OCTETS) {
                    out.append(CRLF).append(' ');
                    octets = 1;
                }
                out.appendCodePoint(character);
                octets += size;
                i += Character.charCount(character);
            }
            out.append(CRLF);
        }
        return out.toString();
    }

    /** Titled with the series, so it is recognised among a calendar's other events, and linked to its page. */
    private static VEvent event(Meeting meeting, Instant now, String page, ResourceBundle texts, boolean withdrawn) {
        boolean provisional = meeting.status() == MeetingStatus.PROVISIONAL;
        boolean off = withdrawn || meeting.status() == MeetingStatus.CANCELLED;
        String cancelled = meeting.status() == MeetingStatus.CANCELLED ? texts.getString("calendar.cancelled") + " "
                : withdrawn ? texts.getString("calendar.withdrawn") + " " : "";
        VEvent event = new VEvent(meeting.startsAt(), meeting.endsAt(), cancelled + meeting.series().title() + ": "
                + meeting.title() + (provisional ? " " + texts.getString("calendar.provisional") : ""));
        event.add(new Uid(uid(meeting)));
        event.add(new Sequence(meeting.sequence()));
        // the constructor stamps the event with the system clock; RFC 5545 allows one DTSTAMP, and it is ours
        event.replace(new DtStamp(now));
        event.add(off ? ImmutableStatus.VEVENT_CANCELLED : status(meeting.status()));
        String place = place(meeting);
        if (!place.isEmpty()) {
            event.add(new Location(place));
        }
        // a meeting called off is joined no more: its entry leads to its page, which says so
        String joining = off ? null : meeting.onlineLink();
        String online = joining == null ? "" : "Online: " + joining + "\n";
        event.add(new Description(online + texts.getString("calendar.page") + " " + page));
        try {
            event.add(new Url(java.net.URI.create(joining != null ? joining : page)));
        } catch (IllegalArgumentException e) {
            // the link was checked when stored; an address a URI cannot hold stays in the description only
        }
        return event;
    }

    private static Status status(MeetingStatus status) {
        return switch (status) {
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
            case PROVISIONAL, DRAFT -> ImmutableStatus.VEVENT_TENTATIVE;
            case CONFIRMED, MOVED_ONLINE, HELD -> ImmutableStatus.VEVENT_CONFIRMED;
        };
    }

    /** The venue when people come to one, the link when they join online, both for a hybrid meeting. */
    private static String place(Meeting meeting) {
        boolean venue = meeting.format().needsVenue();
        return java.util.stream.Stream.of(venue ? meeting.venueName() : null, venue ? meeting.venueAddress() : null,
                        venue ? meeting.venueCity() : null,
                        meeting.format().needsLink() && meeting.status() != MeetingStatus.CANCELLED
                                ? meeting.onlineLink() : null)
                .filter(java.util.Objects::nonNull).collect(Collectors.joining(", "));
    }
}
