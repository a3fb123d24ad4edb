package nl.arbeidsmigratie.regie.web.faces;

import org.primefaces.model.file.UploadedFile;

/**
 * The name of an uploaded file as the person's system has it. A browser writes the quotes of a file name as
 * {@code %22} in a form upload (HTML's rule for names in multipart bodies, whose quotes delimit them), so without
 * this a file called {@code "Telling" maart.csv} would be named and refused as {@code %22Telling%22 maart.csv}.
 */
public final class UploadedNames {

    private UploadedNames() {
    }

    public static String of(UploadedFile file) {
        return sent(file.getFileName());
    }

    static String sent(String name) {
        return name == null ? null : name.replace("%22", "\"");
    }
}
