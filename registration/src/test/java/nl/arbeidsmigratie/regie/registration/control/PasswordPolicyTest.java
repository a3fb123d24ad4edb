package nl.arbeidsmigratie.regie.registration.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertThatCode(() -> policy.check("password", "paars-fietsje-op-de-dijk")).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("password", "Tw44lf t3kens")).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "kort", "elf tekens!", "abcde       ", "    abcdefghi    "})
    void fewerThanTwelveCharactersAreRefused(String password) {
        assertRefused(password, "error.password.too-short");
    }

    @Test
    void nullIsRefusedAsTooShort() {
        assertRefused(null, "error.password.too-short");
    }

    @Test
    void anAbsurdlyLongPasswordIsRefused() {
        assertRefused("x".repeat(100) + "y".repeat(101), "error.password.too-long");
    }

    @Test
    void charactersAreCountedAsAPersonCountsThem() {
        String emoji = "\uD83C\uDF3B\uD83D\uDE80\uD83C\uDF0D\uD83D\uDD11\uD83C\uDFE1";
        assertThatCode(() -> policy.check("password", emoji.repeat(30))).as("150 characters of 200")
                .doesNotThrowAnyException();
        assertRefused(emoji.repeat(41), "error.password.too-long");
    }

    @ParameterizedTest
    @ValueSource(strings = {"welkom123456", "wachtwoord123", "WACHTWOORD123", "Password1234", "123456789012",
            "qwertyuiop123", "feyenoord1234", "aaaaaaaaaaaa", "121212121212", "abcabcabcabc"})
    void commonPasswordsAreRefusedWhateverTheirCase(String password) {
        assertRefused(password, "error.password.common");
    }

    private void assertRefused(String password, String messageKey) {
        assertThatThrownBy(() -> policy.check("password", password))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(messageKey);
                    assertThat(e.field()).isEqualTo("password");
                });
    }
}
