package nl.arbeidsmigratie.regie.web.sessions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.EditionView;
import nl.arbeidsmigratie.regie.sessions.api.DatePollView;
import nl.arbeidsmigratie.regie.sessions.api.DatePolls;
import nl.arbeidsmigratie.regie.sessions.api.FollowUpView;
import nl.arbeidsmigratie.regie.sessions.api.MeetingPlanning;
import nl.arbeidsmigratie.regie.sessions.api.MeetingRecords;
import nl.arbeidsmigratie.regie.sessions.api.MeetingRegistrations;
import nl.arbeidsmigratie.regie.sessions.api.MeetingView;
import nl.arbeidsmigratie.regie.sessions.api.RegistrationStatus;
import nl.arbeidsmigratie.regie.sessions.api.RegistrationView;
import nl.arbeidsmigratie.regie.web.faces.CurrentEdition;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import nl.arbeidsmigratie.regie.web.faces.LayoutBacking;

/**
 * Sessions' part of an officer's home page: the coming meetings the officer is registered for (or waiting for), the
 * open polls of the current edition they have not answered yet, and the follow-up actions their municipality agreed
 * at a meeting and has not done.
 */
@Named
@ViewScoped
public class SessionsHomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentEdition currentEdition;

    @Inject
    MeetingPlanning planning;

    @Inject
    MeetingRegistrations registrations;

    @Inject
    DatePolls polls;

    @Inject
    MeetingRecords records;

    @Inject
    LayoutBacking layout;

    /** A meeting with the officer's own registration for it. */
    public record Upcoming(MeetingView meeting, RegistrationView registration) implements Serializable {
    }

    /** A coming meeting the officer is not registered for, with how many of their municipality are. */
    public record Colleagues(MeetingView meeting, long registered) implements Serializable {
    }

    private List<Upcoming> upcoming = List.of();
    private List<Colleagues> colleagues = List.of();
    private List<DatePollView> unanswered = List.of();
    private List<FollowUpView> followUps = List.of();

    @PostConstruct
    void load() {
        AccountView account = layout.getAccount();
        if (account == null || !layout.isOfficer()) {
            return;
        }
        FacadeCalls.attempt(() -> {
            LocalDateTime now = LocalDateTime.now(DutchTime.ZONE);
            Optional<Long> edition = planning.editionOfNextMeeting()
                    .or(() -> currentEdition.get().map(EditionView::id));
            List<MeetingView> meetings = edition.flatMap(planning::seriesOfEdition).map(s -> s.meetings())
                    .orElse(List.of());
            Map<Long, MeetingView> byId = meetings.stream().collect(Collectors.toMap(MeetingView::id,
                    Function.identity()));
            List<Upcoming> found = new ArrayList<>();
            Map<MeetingView, Long> others = new java.util.LinkedHashMap<>();
            for (RegistrationView r : registrations.ownMunicipality()) {
                MeetingView m = byId.get(r.meetingId());
                if (m == null || !m.status().open() || m.startsAt() != null && !m.startsAt().isAfter(now)
                        || r.status() == RegistrationStatus.CANCELLED) {
                    continue;
                }
                if (r.email().equalsIgnoreCase(account.email())) {
                    found.add(new Upcoming(m, r));
                } else {
                    others.merge(m, 1L, Long::sum);
                }
            }
            found.sort(Comparator.comparing(u -> u.meeting().startsAt(),
                    Comparator.nullsLast(Comparator.naturalOrder())));
            upcoming = found;
            // the meetings colleagues go to, so the card does not read as if the municipality had no one there
            found.forEach(u -> others.remove(u.meeting()));
            colleagues = others.entrySet().stream().map(e -> new Colleagues(e.getKey(), e.getValue()))
                    .sorted(Comparator.comparing(c -> c.meeting().startsAt(),
                            Comparator.nullsLast(Comparator.naturalOrder()))).toList();
            unanswered = edition.map(polls::openPollsOf).orElse(List.of()).stream()
                    .filter(p -> p.ownAnswers().isEmpty()).toList();
            followUps = records.openFollowUpsOfOwnMunicipality();
        });
    }

    public List<Colleagues> getColleagues() {
        return colleagues;
    }

    public List<Upcoming> getUpcoming() {
        return upcoming;
    }

    public List<DatePollView> getUnanswered() {
        return unanswered;
    }

    public List<FollowUpView> getFollowUps() {
        return followUps;
    }
}
