package nl.arbeidsmigratie.regie.strategy.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The PDF's file name is safe in any download header and file system, whatever the title holds. */
class DocumentPdfTest {

    @Test
    void theFileNameKeepsLettersAndDigitsOfTheTitleInAsciiOnly() {
        assertThat(DocumentPdf.fileName("Visie 's-Gravenhage: één plan \"2026\"", 2))
                .isEqualTo("visie-s-gravenhage-een-plan-2026-v2.pdf");
        assertThat(DocumentPdf.fileName("../../etc/passwd\r\nX-Header: 1", 1)).isEqualTo("etc-passwd-x-header-1-v1.pdf");
        assertThat(DocumentPdf.fileName("—", 3)).isEqualTo("document-v3.pdf");
        assertThat(DocumentPdf.fileName("a".repeat(79) + " b", 1)).isEqualTo("a".repeat(79) + "-v1.pdf");
    }
}
