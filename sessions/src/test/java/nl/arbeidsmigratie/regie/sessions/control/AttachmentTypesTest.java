package nl.arbeidsmigratie.regie.sessions.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import nl.arbeidsmigratie.regie.sessions.control.AttachmentTypes.Type;
import org.junit.jupiter.api.Test;

/** The type of a file is what its content says, and its name must agree. */
class AttachmentTypesTest {

    @Test
    void recognisesEachAcceptedTypeByItsContent() throws IOException {
        assertThat(AttachmentTypes.of("%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII))).contains(Type.PDF);
        assertThat(AttachmentTypes.of(image("png"))).contains(Type.PNG);
        assertThat(AttachmentTypes.of(image("jpg"))).contains(Type.JPEG);
        assertThat(AttachmentTypes.of(zip("[Content_Types].xml", "word/document.xml"))).contains(Type.DOCX);
        assertThat(AttachmentTypes.of(zip("[Content_Types].xml", "ppt/presentation.xml"))).contains(Type.PPTX);
        assertThat(AttachmentTypes.of(zip("[Content_Types].xml", "xl/workbook.xml"))).contains(Type.XLSX);
    }

    @Test
    void refusesWhatOnlyLooksLikeOne() throws IOException {
        assertThat(AttachmentTypes.of("%PD".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(AttachmentTypes.of("%PDF-1.4\n<html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII)))
                .as("a PDF's first bytes before a web page").isEmpty();
        byte[] pngThenPage = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 60);
        System.arraycopy("<html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII), 0, pngThenPage, 8, 31);
        assertThat(AttachmentTypes.of(pngThenPage)).as("a PNG's first bytes before a web page").isEmpty();
        assertThat(AttachmentTypes.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, '<', 'h'}))
                .as("a JPEG's first bytes alone").isEmpty();
        assertThat(AttachmentTypes.of("<html>%PDF-".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(AttachmentTypes.of(zip("word/document.xml"))).as("a zip, not an Office package").isEmpty();
        assertThat(AttachmentTypes.of(zip("[Content_Types].xml", "readme.txt"))).isEmpty();
        assertThat(AttachmentTypes.of(new byte[] {'P', 'K', 3, 4, 1, 2})).as("a broken zip").isEmpty();
        assertThat(AttachmentTypes.of(new byte[0])).isEmpty();
        assertThat(AttachmentTypes.of(zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin")))
                .as("a document with macros, renamed").isEmpty();
    }

    @Test
    void aPackageIsKnownByItsListOfPartsWithoutInflatingThem() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(out.size()).as("200 MB of zeros, deflated").isLessThan(1 << 20);
        assertThat(AttachmentTypes.of(out.toByteArray())).contains(Type.DOCX);
    }

    @Test
    void theNameMustAgreeWithTheContent() {
        assertThat(Type.PDF.named("Verslag.PDF")).isTrue();
        assertThat(Type.JPEG.named("foto.jpeg")).isTrue();
        assertThat(Type.JPEG.named("foto.jpg")).isTrue();
        assertThat(Type.PNG.named("plaatje.pdf")).isFalse();
        assertThat(Type.PDF.named("verslag.pdf.exe")).isFalse();
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : List.of(names)) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A real image of a few pixels, as a drawing program saves it. */
    private static byte[] image(String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }
}
