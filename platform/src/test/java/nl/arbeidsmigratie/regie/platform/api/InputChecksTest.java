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
        checks.require(true, "format", "error.format.required", "held");
        Integer capacity = checks.value(() -> 12);
        checks.require(capacity < 10, "capacity", "error.capacity.range", "at most 10");
        assertThat(checks.broken()).isTrue();

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, checks::refuseIfBroken);
        assertThat(title).isNull();
        assertThat(capacity).isEqualTo(12);
        assertThat(refused.field()).isEqualTo("title");
        assertThat(refused.all()).extracting(InvalidInputException::field).containsExactly("title", "venue", "capacity");
        assertThat(refused.all().get(2).messageKey()).isEqualTo("error.capacity.range");
        assertThat(refused.all().get(1)).isInstanceOf(TextTooLongException.class);
        assertThat(refused.about("name").all()).extracting(InvalidInputException::field)
                .containsExactly("name", "venue", "capacity");
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
