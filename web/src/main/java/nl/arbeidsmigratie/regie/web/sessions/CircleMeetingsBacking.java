package nl.arbeidsmigratie.regie.web.sessions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.arbeidsmigratie.regie.registration.api.Editions;
import nl.arbeidsmigratie.regie.sessions.api.MeetingPlanning;
import nl.arbeidsmigratie.regie.sessions.api.PublicMeeting;

/**
 * The meetings on the circle's public page: those of the edition it shows (the current one or {@code ?edition=}),
 * with date or "date to follow", format, city and status, for visitors signed in or not. Drafts are not shown.
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

    @PostConstruct
    void init() {
        meetings = SessionsPages.requestedEdition(editions).map(edition -> planning.publicSchedule(edition.id()))
                .orElse(List.of());
    }

    public List<PublicMeeting> getMeetings() {
        return meetings;
    }
}
