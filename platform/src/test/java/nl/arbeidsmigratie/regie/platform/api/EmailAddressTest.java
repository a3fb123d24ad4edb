package nl.arbeidsmigratie.regie.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the product takes for an email address: loose, but only what a mail server delivers to. */
class EmailAddressTest {

    @Test
    void anAddressAMailServerDeliversToIsOne() {
        assertThat(EmailAddress.isValid("anna.de-vries+leerkring@westland.nl")).isTrue();
        assertThat(EmailAddress.isValid("o'brien@example.org")).isTrue();
        assertThat(EmailAddress.isValid("x".repeat(64) + "@example.org")).as("64 before the at sign").isTrue();
    }

    @Test
    void whatNoMailServerTakesIsNone() {
        assertThat(EmailAddress.isValid(null)).isFalse();
        assertThat(EmailAddress.isValid("geen adres")).isFalse();
        assertThat(EmailAddress.isValid("a@b")).isFalse();
        assertThat(EmailAddress.isValid("a@@b.nl")).isFalse();
        assertThat(EmailAddress.isValid("x".repeat(65) + "@example.org")).as("65 before the at sign").isFalse();
        assertThat(EmailAddress.isValid("Ünïcode@exämple.org")).as("beyond ASCII").isFalse();
        assertThat(EmailAddress.isValid("a@" + "b".repeat(250) + ".nl")).as("over 254 in all").isFalse();
        assertThat(EmailAddress.isValid("tab\t@example.org")).isFalse();
        assertThat(EmailAddress.isValid("\"<script>\"@example.org")).as("a quoted local part").isFalse();
        assertThat(EmailAddress.isValid("a@[127.0.0.1]")).as("an address literal").isFalse();
        assertThat(EmailAddress.isValid("a@b_c.nl")).as("an underscore in the domain").isFalse();
    }
}
