package nl.arbeidsmigratie.regie.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkedTextTest {

    @Test
    void theAddressesOfAMailAreLinksAndTheSentenceAroundThemText() {
        assertThat(LinkedText.of("Bevestig met deze link:\nhttps://regie.example/activate.xhtml?token=a_b-c.\nDank."))
                .containsExactly(new LinkedText.Part("Bevestig met deze link:\n", false),
                        new LinkedText.Part("https://regie.example/activate.xhtml?token=a_b-c", true),
                        new LinkedText.Part(".\nDank.", false));
    }

    @Test
    void nothingElseIsALink() {
        assertThat(LinkedText.of("javascript:alert(1) <a href=\"x\">x</a> ftp://x"))
                .containsExactly(new LinkedText.Part("javascript:alert(1) <a href=\"x\">x</a> ftp://x", false));
        assertThat(LinkedText.of(null)).isEmpty();
    }
}
