package nl.arbeidsmigratie.regie.web.sessions;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.web.faces.AllowingServlet;
import nl.arbeidsmigratie.regie.web.faces.RecordIds;

/**
 * A file for people signed in, found by the number in {@code ?id=} and always sent as a download, so a browser saves
 * it rather than showing it as a page of the application. A malformed or unknown id is not found; a refusal of the
 * facade is forbidden.
 */
abstract class DownloadServlet extends AllowingServlet {

    private static final long serialVersionUID = 1L;

    /** What is sent: its media type, the name it is saved under, its bytes. */
    record Download(String contentType, String fileName, byte[] body) {
    }

    /** The file with this id; the facade's {@link InvalidInputException} when there is none. */
    abstract Download find(long id);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Download download;
        try {
            download = find(RecordIds.parse(request.getParameter("id")));
        } catch (NumberFormatException | InvalidInputException unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessRefusedException refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType(download.contentType());
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(download.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(download.body().length);
        response.getOutputStream().write(download.body());
    }
}
