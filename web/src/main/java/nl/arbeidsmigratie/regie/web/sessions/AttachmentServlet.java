package nl.arbeidsmigratie.regie.web.sessions;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import nl.arbeidsmigratie.regie.sessions.api.AttachmentFile;
import nl.arbeidsmigratie.regie.sessions.api.MeetingRecords;

/**
 * A meeting's attachment ({@code /app/sessions/attachment?id=}) with the media type its content was found to be,
 * so an uploaded file never renders as a page of the application.
 */
@WebServlet("/app/sessions/attachment")
public class AttachmentServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MeetingRecords records;

    @Override
    Download find(long id) {
        AttachmentFile file = records.attachment(id);
        return new Download(file.attachment().mediaType(), file.attachment().fileName(), file.content());
    }
}
