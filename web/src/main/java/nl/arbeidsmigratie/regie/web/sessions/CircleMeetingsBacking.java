package nl.arbeidsmigratie.regie.web.sessions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import nl.arbeidsmigratie.regie.registration.api.EditionView;
import nl.arbeidsmigratie.regie.registration.api.Editions;
import nl.arbeidsmigratie.regie.sessions.api.MeetingPlanning;
import nl.arbeidsmigratie.regie.sessions.api.PublicMeeting;

/**
 * The meetings on the circle's public page: those of the edition it shows (the current one or {@code ?edition=}),
 * with date or "date to follow", format, city and status, for visitors signed in or not. Drafts are not shown. While
 * a newer edition takes enrolments, the page shows that one, and the meetings people are going to, of the edition
 * still running, are listed beside its own.
 */
@Named
@ViewScoped
public class CircleMeetingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Editions editions;

    @Inject
    MeetingPlanning planning;

    private List<PublicMeeting> meetings = List.of();
    private EditionView running;
    private List<PublicMeeting> runningMeetings = List.of();

    @PostConstruct
    void init() {
        Optional<EditionView> shown = SessionsPages.requestedEdition(editions);
        meetings = shown.map(edition -> planning.publicSchedule(edition.id())).orElse(List.of());
        // an edition asked for by its address is shown alone
        running = shown.isEmpty() || SessionsPages.id("edition").isPresent() ? null
                : planning.editionsWithMeetingsAhead().stream().filter(id -> id != shown.get().id()).findFirst()
                        .flatMap(editions::find).orElse(null);
        runningMeetings = running == null ? List.of() : planning.publicSchedule(running.id());
    }

    public List<PublicMeeting> getMeetings() {
        return meetings;
    }

    /** The edition still running beside the one shown, or null when it is the same or has no meetings to show. */
    public EditionView getRunning() {
        return runningMeetings.isEmpty() ? null : running;
    }

    public List<PublicMeeting> getRunningMeetings() {
        return runningMeetings;
    }
}
