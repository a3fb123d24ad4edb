package nl.arbeidsmigratie.regie.monitoring.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The name a file is kept by: visible, its last segment, short enough, and never a person's data. */
class ImportFileNameTest {

    @Test
    void aNameIsKeptAsItReadsButNeverWithPersonalData() {
        assertThat(ImportFileName.of("C:\\Users\\gemeente\\telling\u202e2024.csv")).isEqualTo("telling2024.csv");
        assertThat(ImportFileName.of("   ")).isEqualTo("upload.csv");
        assertThat(ImportFileName.of("x".repeat(300) + ".csv")).hasSize(ImportFileName.LONGEST).endsWith("….csv");
        assertThat(ImportFileName.of("30 Polen geboren 12-03-1985.csv")).isEqualTo("upload.csv");
        assertThat(ImportFileName.of("bezetting 111222333.csv")).isEqualTo("upload.csv");
        assertThat(ImportFileName.of("bezetting Poolse supermarkt 2024.csv")).isEqualTo("bezetting Poolse supermarkt 2024.csv");
    }
}
