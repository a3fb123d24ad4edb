package nl.arbeidsmigratie.regie.web.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Servlets;

/**
 * A CSV a page sends as a download: UTF-8 with a byte order mark, without which a spreadsheet reads the file in the
 * machine's old code page and garbles every accent ("Sint-Maartensdijk" survives, "Súdwest-Fryslân" does not).
 * Never stored on the way nor kept by the browser: an export holds what the signed-in reader may see (the audit trail,
 * contact persons), which a shared cache would keep after they signed out. Written here rather than by OmniFaces'
 * file sending, which marks a download over HTTPS as one any cache may keep.
 */
public final class SpreadsheetFiles {

    private SpreadsheetFiles() {
    }

    public static void send(String csv, String fileName) throws IOException {
        byte[] content = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
        FacesContext faces = Faces.getContext();
        ExternalContext response = faces.getExternalContext();
        response.responseReset();
        response.setResponseContentType("text/csv;charset=UTF-8");
        response.setResponseContentLength(content.length);
        response.setResponseHeader("Content-Disposition", Servlets.formatContentDispositionHeader(fileName, true));
        response.setResponseHeader("Cache-Control", "no-store");
        response.setResponseHeader("X-Content-Type-Options", "nosniff");
        response.getResponseOutputStream().write(content);
        faces.responseComplete();
    }
}
