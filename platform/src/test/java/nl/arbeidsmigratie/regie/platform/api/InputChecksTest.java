package nl.arbeidsmigratie.regie.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class InputChecksTest {

    @Test
    void everyBrokenRuleIsRefusedTogetherInTheOrderChecked() {
        InputChecks checks = new InputChecks();
        String title = checks.value(() -> FreeText.line("title", "twee\nregels"));
        checks.check(() -> {
            throw new TextTooLongException("venue", 300);
        });
        Integer capacity = checks.value(() -> 12);
        assertThat(checks.broken()).isTrue();

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, checks::refuseIfBroken);
        assertThat(title).isNull();
        assertThat(capacity).isEqualTo(12);
        assertThat(refused.field()).isEqualTo("title");
        assertThat(refused.all()).extracting(InvalidInputException::field).containsExactly("title", "venue");
        assertThat(refused.all().get(1)).isInstanceOf(TextTooLongException.class);
        assertThat(refused.about("name").all()).extracting(InvalidInputException::field)
                .containsExactly("name", "venue");
    }

    @Test
    void rulesThatHoldRefuseNothing() {
        InputChecks checks = new InputChecks();
        checks.check(() -> FreeText.checked("name", "Westland"));
        assertThat(checks.value(() -> "gezien")).isEqualTo("gezien");
        assertThat(checks.broken()).isFalse();
        assertThatCode(checks::refuseIfBroken).doesNotThrowAnyException();
        assertThat(new InvalidInputException("name", "error.x", "x").all()).hasSize(1);
    }
}
