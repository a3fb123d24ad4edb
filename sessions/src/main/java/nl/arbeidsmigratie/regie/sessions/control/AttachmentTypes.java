package nl.arbeidsmigratie.regie.sessions.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * What a file is, found from its content (its first bytes, and for the Office formats the parts inside the zip),
 * never from its name: a file named {@code .pdf} that is not a PDF is not accepted as one. Only the types a
 * meeting's minutes need: PDF, Word, PowerPoint, Excel, PNG and JPEG.
 */
public final class AttachmentTypes {

    /** An accepted type with the extension its name must have. */
    public enum Type {
        PDF("application/pdf", "pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        PNG("image/png", "png"),
        JPEG("image/jpeg", "jpg", "jpeg");

        private final String mediaType;
        private final String[] extensions;

        Type(String mediaType, String... extensions) {
            this.mediaType = mediaType;
            this.extensions = extensions;
        }

        public String mediaType() {
            return mediaType;
        }

        public boolean named(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            return Arrays.stream(extensions).anyMatch(e -> lower.endsWith("." + e));
        }
    }

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final int PDF_END_WINDOW = 1024;
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
    /** Enough parts for an Office document; a zip with more is no Office file of ours. */
    private static final int MAX_ENTRIES = 2000;
    private static final String MACROS = "vbaProject.bin";

    private AttachmentTypes() {
    }

    public static Optional<Type> of(byte[] content) {
        if (startsWith(content, PDF)) {
            return endsAsPdf(content) ? Optional.of(Type.PDF) : Optional.empty();
        }
        if (startsWith(content, PNG)) {
            return image(content, Type.PNG);
        }
        if (startsWith(content, JPEG)) {
            return image(content, Type.JPEG);
        }
        return startsWith(content, ZIP) ? office(content) : Optional.empty();
    }

    /** A PDF ends with its end-of-file mark; readers allow a little after it, so it is looked for near the end. */
    private static boolean endsAsPdf(byte[] content) {
        int from = Math.max(0, content.length - PDF_END_WINDOW);
        return new String(content, from, content.length - from, StandardCharsets.ISO_8859_1).contains("%%EOF");
    }

    /**
     * An image whose header a reader of its type can read (its width and height): the first bytes of a PNG or a JPEG
     * before anything else are no image. Only the header is read, never the pixels.
     */
    private static Optional<Type> image(byte[] content, Type type) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return reader.getWidth(0) > 0 && reader.getHeight(0) > 0 ? Optional.of(type) : Optional.empty();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * The Office type of a zip, read from its directory of parts: nothing is inflated, so a small file that would
     * inflate to gigabytes costs no more than its listing. A package with macros ({@code vbaProject.bin}, a
     * {@code .docm} renamed) is none of the accepted types.
     */
    private static Optional<Type> office(byte[] content) {
        Path copy = null;
        try {
            copy = Files.createTempFile("regie-attachment", ".zip");
            Files.write(copy, content);
            try (ZipFile zip = new ZipFile(copy.toFile())) {
                if (zip.size() > MAX_ENTRIES) {
                    return Optional.empty();
                }
                Set<String> parts = zip.stream().map(ZipEntry::getName).collect(Collectors.toSet());
                if (!parts.contains("[Content_Types].xml") || parts.stream().anyMatch(p -> p.endsWith(MACROS))) {
                    return Optional.empty();
                }
                return parts.contains("word/document.xml") ? Optional.of(Type.DOCX)
                        : parts.contains("ppt/presentation.xml") ? Optional.of(Type.PPTX)
                        : parts.contains("xl/workbook.xml") ? Optional.of(Type.XLSX) : Optional.empty();
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        } finally {
            if (copy != null) {
                copy.toFile().delete();
            }
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
