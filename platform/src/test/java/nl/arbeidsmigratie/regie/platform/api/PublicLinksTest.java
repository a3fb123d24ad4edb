package nl.arbeidsmigratie.regie.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicLinksTest {

    private static PublicLinks configured(String value) {
        PublicLinks links = new PublicLinks();
        links.configured = Optional.ofNullable(value);
        return links;
    }

    @ParameterizedTest
    @CsvSource({
            "https://regie.example.nl/, https://regie.example.nl/reset.xhtml?token=abc",
            "https://regie.example.nl, https://regie.example.nl/reset.xhtml?token=abc",
            "http://localhost:8080/, http://localhost:8080/reset.xhtml?token=abc",
            "https://example.nl/regie//, https://example.nl/regie/reset.xhtml?token=abc"})
    void linksStartWithTheConfiguredBaseUrl(String base, String link) {
        assertThat(configured(base).to("/reset.xhtml?token=abc")).isEqualTo(link);
    }

    @Test
    void withoutABaseUrlThereAreNoLinksAndTheMessageSaysWhatToSet() {
        assertThatThrownBy(() -> configured(null).to("/reset.xhtml?token=abc"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("REGIE_BASE_URL is not set.")
                .hasMessageContaining("https://regie.example.nl/");
        assertThatThrownBy(() -> configured("  ").base()).hasMessageStartingWith("REGIE_BASE_URL is not set.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "regie.example.nl|it must start with https:// or http://",
            "javascript:alert(1)|it must start with https:// or http://",
            "ftp://regie.example.nl/|it must start with https:// or http://",
            "https:///path|it names no host",
            "https://regie.example.nl/?next=x|it may not contain a user name, a query (?) or a fragment (#)",
            "https://user@regie.example.nl/|it may not contain a user name, a query (?) or a fragment (#)",
            "https://regie example.nl/|it is not a valid address"})
    void aMalformedBaseUrlIsRefusedNamingWhatIsWrong(String base, String reason) {
        assertThatThrownBy(() -> configured(base).base())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("REGIE_BASE_URL '" + base + "' cannot be used: " + reason);
    }
}
