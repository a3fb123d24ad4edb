package nl.arbeidsmigratie.regie.web.registration;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.arbeidsmigratie.regie.registration.api.Newsletter;
import nl.arbeidsmigratie.regie.registration.api.UnsubscribeOutcome;
import nl.arbeidsmigratie.regie.web.faces.AllowingServlet;
import nl.arbeidsmigratie.regie.web.rest.CallerLanguage;

/**
 * The address in an issue's {@code List-Unsubscribe} header. A mail program's unsubscribe button posts to it
 * (RFC 8058) and the subscriber is off the list, without a page in between; the token in the address is the only key,
 * and a forged one changes nothing. Opened in a browser (a GET, which a link checker may also send) it unsubscribes
 * no one and leads to the page that asks first.
 */
@WebServlet(Newsletter.ONE_CLICK)
public class OneClickUnsubscribeServlet extends AllowingServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Newsletter newsletter;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter("token");
        // a mail program names no language: the answer is in the subscriber's own, as the page's would be
        CallerLanguage language = newsletter.languageByUnsubscribeLink(token).map(CallerLanguage::of)
                .orElseGet(() -> CallerLanguage.of(request));
        UnsubscribeOutcome outcome = newsletter.unsubscribe(token);
        response.setStatus(outcome == UnsubscribeOutcome.UNKNOWN ? HttpServletResponse.SC_NOT_FOUND
                : HttpServletResponse.SC_OK);
        response.setContentType("text/plain; charset=UTF-8");
        response.getWriter().write(language.text("newsletter.unsubscribe." + outcome.name(),
                outcome.name()));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter("token");
        response.sendRedirect(request.getContextPath() + "/unsubscribe.xhtml"
                + (token == null ? "" : "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
    }
}
