package nl.arbeidsmigratie.regie.web.sessions;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.OptionalLong;
import nl.arbeidsmigratie.regie.registration.api.EditionView;
import nl.arbeidsmigratie.regie.registration.api.Editions;
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
            return OptionalLong.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException notANumber) {
            return OptionalLong.empty();
        }
    }

    /** The edition in {@code ?edition=}, else the current one. */
    static Optional<EditionView> requestedEdition(Editions editions) {
        OptionalLong requested = id("edition");
        return requested.isPresent() ? editions.find(requested.getAsLong()) : editions.current();
    }

    /**
     * A page asked for a meeting or poll that is not there (or not for the caller) answers 404, as a missing file
     * does, with the page's own words for it. Opened without one, it is the page itself, saying what to open.
     */
    static void notFoundWhenMissing(boolean asked, Object shown) {
        if (asked && shown == null) {
            Faces.setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
