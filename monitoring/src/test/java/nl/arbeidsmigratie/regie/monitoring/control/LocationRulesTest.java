package nl.arbeidsmigratie.regie.monitoring.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A Dutch postcode however it is spaced or cased, stored one way; anything else refused. */
class LocationRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2671 AB", "2671ab", "2671  ab", " 2671\tAB ", "2671\u00A0AB"})
    void onePostcodeHoweverItIsWritten(String typed) {
        assertThat(LocationRules.postcode(typed)).isEqualTo("2671 AB");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0671 AB", "2671 A", "2671 ABC", "26710AB", "2671-AB", "AB 2671"})
    void whatIsNoPostcodeIsRefused(String typed) {
        assertThatThrownBy(() -> LocationRules.postcode(typed)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.location.postcode"));
    }
}
