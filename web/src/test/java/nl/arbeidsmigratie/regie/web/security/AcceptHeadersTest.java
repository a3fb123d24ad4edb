package nl.arbeidsmigratie.regie.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which {@code Accept} headers are read as sent, and which count as absent. */
class AcceptHeadersTest {

    @Test
    void whatBrowsersAndClientsSendIsRead() {
        List.of("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/json",
                "application/json; charset=utf-8, text/csv;q=0.5", "*/*;q=1.000",
                "text/calendar;q=0, application/problem+json;q=\"0.3\"", "")
                .forEach(header -> assertThat(AcceptHeaders.readable(header)).as(header).isTrue());
    }

    @Test
    void whatNoMediaTypeCanBeMadeOfCountsAsAbsent() {
        List.of("text/html;q=abc", "*/*;q=abc", "application/json;q=2", "application/json;charset=xxx",
                "application/json;charset=!!", "a/b/c", "json", "application/json;q", ",,,", ",text/html")
                .forEach(header -> assertThat(AcceptHeaders.readable(header)).as(header).isFalse());
    }

    @Test
    void aMediaTypeWeighsWhatItsMostSpecificRangeSays() {
        assertThat(AcceptHeaders.weight(null, "application/json")).isEqualTo(1);
        assertThat(AcceptHeaders.weight("application/json;q=0, */*", "application/json")).isZero();
        assertThat(AcceptHeaders.weight("application/*;q=0.5, */*;q=0", "application/json")).isEqualTo(0.5);
        assertThat(AcceptHeaders.weight("Application/JSON;q=\"0.2\", application/*;q=0", "application/json"))
                .isEqualTo(0.2);
        assertThat(AcceptHeaders.weight("text/csv, image/*", "application/json")).as("not named").isZero();
        assertThat(AcceptHeaders.weight("text/calendar;q=0, */*", "text/calendar; charset=UTF-8")).isZero();
    }

    @Test
    void aMediaTypeInCapitalsIsPassedOnInLowerCaseWithItsParametersAsWritten() {
        assertThat(AcceptHeaders.inLowerCase("Application/JSON; charset=UTF-8, TEXT/CSV;q=0.5"))
                .isEqualTo("application/json; charset=UTF-8,text/csv;q=0.5");
        assertThat(AcceptHeaders.inLowerCase("application/json")).isEqualTo("application/json");
        assertThat(AcceptHeaders.inLowerCase("json")).as("unreadable, as it was").isEqualTo("json");
    }
}
