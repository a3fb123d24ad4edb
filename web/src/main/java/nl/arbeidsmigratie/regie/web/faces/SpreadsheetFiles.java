package nl.arbeidsmigratie.regie.web.faces;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.omnifaces.util.Faces;

/**
 * A CSV a page sends as a download: UTF-8 with a byte order mark, without which a spreadsheet reads the file in the
 * machine's old code page and garbles every accent ("Sint-Maartensdijk" survives, "Súdwest-Fryslân" does not).
 */
public final class SpreadsheetFiles {

    private SpreadsheetFiles() {
    }

    public static void send(String csv, String fileName) throws IOException {
        Faces.sendFile(("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8), fileName, true);
    }
}
