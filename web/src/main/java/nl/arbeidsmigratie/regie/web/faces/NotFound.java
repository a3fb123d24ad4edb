package nl.arbeidsmigratie.regie.web.faces;

import jakarta.servlet.http.HttpServletResponse;
import org.omnifaces.util.Faces;

/**
 * A page asked for a record that is not there (or not for the caller) answers 404, as a missing file does, with the
 * page's own words for it. Opened without one, it is the page itself, saying what to open.
 */
public final class NotFound {

    private NotFound() {
    }

    /**
     * Whether the request names a record in any of these parameters: one that is no id at all ({@code ?id=abc})
     * names one too, which is not there.
     */
    public static boolean asked(String... parameters) {
        for (String parameter : parameters) {
            String value = Faces.getRequestParameter(parameter);
            if (value != null && !value.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** Answers 404 when a record was {@code asked} for and none is {@code shown}. */
    public static void whenMissing(boolean asked, Object shown) {
        if (asked && shown == null) {
            Faces.setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
