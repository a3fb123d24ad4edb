package nl.arbeidsmigratie.regie.sessions.api;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.ActingAs;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.PublicLinks;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.Enrolments;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.sessions.control.CalendarFeeds;
import nl.arbeidsmigratie.regie.sessions.control.CalendarWriter;
import nl.arbeidsmigratie.regie.sessions.control.LinkSecrets;
import nl.arbeidsmigratie.regie.sessions.control.MeetingAccess;
import nl.arbeidsmigratie.regie.sessions.control.MeetingBook;
import nl.arbeidsmigratie.regie.sessions.entity.CalendarFeed;
import nl.arbeidsmigratie.regie.sessions.entity.Meeting;
import nl.arbeidsmigratie.regie.sessions.entity.MeetingSeries;

/**
 * The meetings as iCalendar: one meeting's {@code .ics} for anyone signed in, and a person's secret subscription
 * feed of a whole series, which a calendar application fetches without signing in. A feed is made and revoked by
 * its owner (a participant of the edition, a coordinator or an auditor); a revoked, forged or malformed token finds
 * nothing, nor does the feed of an owner who could no longer make it, and the answer is the same in each case.
 */
@Stateless
public class MeetingCalendars {

    /**
     * Where a feed is fetched, followed by its token: outside {@code /api}, whose every call needs a personal API
     * token that calendar applications cannot send.
     */
    public static final String FEED_PATH = "/calendars/";

    @PersistenceContext(unitName = "sessions")
    EntityManager em;

    @Inject
    MeetingAccess access;

    @Inject
    MeetingBook book;

    @Inject
    CalendarFeeds feeds;

    @Inject
    Enrolments enrolments;

    @Inject
    PublicLinks links;

    @Inject
    AuditTrail audit;

    /** One meeting as an iCalendar file in the caller's language; see {@link #meetingIcs(long, String)}. */
    public String meetingIcs(long meetingId) {
        return meetingIcs(meetingId, null);
    }

    /**
     * One meeting as an iCalendar file, its words in {@code language} ("nl" or "en"; any other, or none, is the
     * caller's own); a meeting not yet announced (no date, a draft, or cancelled as a draft) has none.
     */
    public String meetingIcs(long meetingId, String language) {
        AccountView caller = access.caller();
        Meeting meeting = book.meeting(meetingId);
        if (meeting.startsAt() == null || !meeting.shownToCircle()) {
            throw new InvalidInputException("meetingId", "error.sessions.calendar.not-announced",
                    "meeting " + meetingId + " has no date announced yet");
        }
        return CalendarWriter.write(null, List.of(meeting), book.now(), this::page,
                locale(language, caller));
    }

    /**
     * Makes the caller's feed of a series, revoking the one they had: officers of a participating municipality,
     * coordinators and auditors. The link is shown now and never again.
     */
    public CalendarFeedLink subscribe(long seriesId) {
        AccountView caller = access.caller();
        MeetingSeries series = book.series(seriesId);
        if (!maySubscribe(caller, series)) {
            throw new AccessRefusedException("only participants subscribe to the circle's calendar");
        }
        feeds.revokeLive(series, caller.email());
        String token = LinkSecrets.generate();
        CalendarFeed feed = new CalendarFeed(series, caller.email(), LinkSecrets.hashOf(token).orElseThrow(),
                book.now());
        em.persist(feed);
        em.flush();
        audit.record("sessions.calendar-feed.created", "calendar-feed:" + feed.id(), null,
                Map.of("series", seriesId, "email", caller.email()));
        return new CalendarFeedLink(seriesId, links.to(FEED_PATH + token), token);
    }

    /** Revokes the caller's feed of a series, if they have one; its address then finds nothing. */
    public void revoke(long seriesId) {
        AccountView caller = access.caller();
        feeds.revokeLive(book.series(seriesId), caller.email());
    }

    /**
     * The feed a token opens, for calendar applications that do not sign in: every announced meeting of the
     * series. Empty for a revoked, forged or malformed token, alike.
     */
    public Optional<String> feed(String token) {
        return LinkSecrets.hashOf(token).flatMap(hash -> em.createNamedQuery(CalendarFeed.LIVE_BY_HASH,
                        CalendarFeed.class).setParameter("hash", hash).getResultStream().findFirst())
                .flatMap(feed -> ownerStillSubscribing(feed).map(owner -> CalendarWriter.write(feed.series().title(),
                        book.meetings(feed.series()), book.now(), this::page, locale(null, owner))));
    }

    private static Locale locale(String asked, AccountView account) {
        String chosen = "nl".equals(asked) || "en".equals(asked) ? asked : account.preferredLanguage();
        return Locale.forLanguageTag("en".equals(chosen) ? "en" : "nl");
    }

    private String page(Meeting meeting) {
        return links.to("/app/sessions/meeting.xhtml?id=" + meeting.id());
    }

    /** Officers of a participating municipality, coordinators and auditors. */
    private boolean maySubscribe(AccountView account, MeetingSeries series) {
        return account.role() != Role.OFFICER || enrolments.participantsOf(series.editionId()).stream()
                .anyMatch(p -> p.email().equalsIgnoreCase(account.email()));
    }

    /**
     * The owner of a feed while they could still make it: a deactivated account, or an officer whose municipality no
     * longer takes part, has a feed that finds nothing, as a revoked one. The feed speaks the owner's language.
     */
    private Optional<AccountView> ownerStillSubscribing(CalendarFeed feed) {
        return ActingAs.call(feed.email(), () -> access.current()
                .filter(owner -> maySubscribe(owner, feed.series())));
    }
}
