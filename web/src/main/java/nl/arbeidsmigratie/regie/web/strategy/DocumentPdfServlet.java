package nl.arbeidsmigratie.regie.web.strategy;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.strategy.api.DocumentPdf;
import nl.arbeidsmigratie.regie.web.faces.AllowingServlet;
import nl.arbeidsmigratie.regie.web.faces.LanguageBacking;
import nl.arbeidsmigratie.regie.web.faces.RecordIds;

/**
 * The PDF of a version for the pages' links, {@code /app/strategy/document.pdf?document=<id>&version=<number>}, in
 * the language the person reads the pages in. What the facade refuses becomes the pages' no-access (403) or
 * not-found (404) page; a parameter that is no number is a 404 too, as it names no document.
 */
@WebServlet("/app/strategy/document.pdf")
public class DocumentPdfServlet extends AllowingServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DocumentPdf pdf;

    @Inject
    transient LanguageBacking language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DocumentPdf.PdfFile file;
        try {
            file = pdf.render(RecordIds.parse(request.getParameter("document")),
                    Math.toIntExact(RecordIds.parse(request.getParameter("version"))), language.getLocale());
        } catch (NumberFormatException | ArithmeticException | InvalidInputException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessRefusedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }
}
