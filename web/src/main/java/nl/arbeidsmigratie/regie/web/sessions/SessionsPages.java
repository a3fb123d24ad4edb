package nl.arbeidsmigratie.regie.web.sessions;

import java.util.Optional;
import java.util.OptionalLong;
import nl.arbeidsmigratie.regie.registration.api.EditionView;
import nl.arbeidsmigratie.regie.registration.api.Editions;
import nl.arbeidsmigratie.regie.sessions.api.MeetingPlanning;
import nl.arbeidsmigratie.regie.web.faces.RecordIds;
import org.omnifaces.util.Faces;

/** What the sessions pages read from their address: an id, or the edition shown (the current one by default). */
final class SessionsPages {

    private SessionsPages() {
    }

    /** The whole number in request parameter {@code name}; empty when absent or not a number. */
    static OptionalLong id(String name) {
        String value = Faces.getRequestParameter(name);
        if (value == null || value.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(RecordIds.parse(value));
        } catch (NumberFormatException notANumber) {
            return OptionalLong.empty();
        }
    }

    /** The edition in {@code ?edition=}, else the current one: the circle page's, which is about enrolment. */
    static Optional<EditionView> requestedEdition(Editions editions) {
        OptionalLong requested = id("edition");
        return requested.isPresent() ? editions.find(requested.getAsLong()) : editions.current();
    }

    /**
     * The edition in {@code ?edition=}, else the one whose meetings people are going to: a newer edition taking
     * enrolments does not hide the meetings of the running one.
     */
    static Optional<EditionView> meetingsEdition(Editions editions, MeetingPlanning planning) {
        OptionalLong requested = id("edition");
        return requested.isPresent() ? editions.find(requested.getAsLong()) : running(editions, planning);
    }

    /** The edition with the next announced meeting, else the current one. */
    static Optional<EditionView> running(Editions editions, MeetingPlanning planning) {
        return planning.editionOfNextMeeting().flatMap(editions::find).or(editions::current);
    }
}
