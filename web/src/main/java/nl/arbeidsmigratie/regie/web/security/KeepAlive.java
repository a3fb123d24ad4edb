package nl.arbeidsmigratie.regie.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.arbeidsmigratie.regie.web.faces.AllowingServlet;

/**
 * What a page calls when its reader, warned that the session is about to end, chooses to stay signed in: the
 * request itself keeps the session going. Under {@code /app/}, so only a signed-in session reaches it; it answers
 * 204 with nothing, or 401 when the session has ended after all.
 */
@WebServlet("/app/keep-alive")
public class KeepAlive extends AllowingServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(request.getSession(false) == null ? HttpServletResponse.SC_UNAUTHORIZED
                : HttpServletResponse.SC_NO_CONTENT);
    }
}
