package nl.arbeidsmigratie.regie.web.sessions;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.sessions.api.AttachmentFile;
import nl.arbeidsmigratie.regie.sessions.api.MeetingRecords;

/**
 * A meeting's attachment for people signed in ({@code /app/sessions/attachment?id=}), always as a download with the
 * media type its content was found to be, so an uploaded file never renders as a page of the application.
 */
@WebServlet("/app/sessions/attachment")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MeetingRecords records;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AttachmentFile file;
        try {
            file = records.attachment(Long.parseLong(String.valueOf(request.getParameter("id")).strip()));
        } catch (NumberFormatException | InvalidInputException unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessRefusedException refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] body = file.content();
        response.setContentType(file.attachment().mediaType());
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file.attachment().fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
