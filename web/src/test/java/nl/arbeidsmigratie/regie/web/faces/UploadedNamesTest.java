package nl.arbeidsmigratie.regie.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UploadedNamesTest {

    @Test
    void theQuotesABrowserEscapedInAFileNameAreQuotesAgain() {
        assertThat(UploadedNames.sent("%22Telling%22 maart.csv")).isEqualTo("\"Telling\" maart.csv");
        assertThat(UploadedNames.sent("bezetting 50%.csv")).isEqualTo("bezetting 50%.csv");
        assertThat(UploadedNames.sent(null)).isNull();
    }
}
