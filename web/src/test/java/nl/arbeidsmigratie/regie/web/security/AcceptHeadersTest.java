package nl.arbeidsmigratie.regie.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which {@code Accept} headers are read as sent, and which count as absent. */
class AcceptHeadersTest {

    @Test
    void whatBrowsersAndClientsSendIsRead() {
        assertThat(AcceptHeaders.readable("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")).isTrue();
        assertThat(AcceptHeaders.readable("application/json")).isTrue();
        assertThat(AcceptHeaders.readable("application/json; charset=utf-8, text/csv;q=0.5")).isTrue();
        assertThat(AcceptHeaders.readable("*/*;q=1.000")).isTrue();
        assertThat(AcceptHeaders.readable("text/calendar;q=0, application/problem+json;q=\"0.3\"")).isTrue();
        assertThat(AcceptHeaders.readable("")).isTrue();
    }

    @Test
    void whatNoMediaTypeCanBeMadeOfCountsAsAbsent() {
        assertThat(AcceptHeaders.readable("text/html;q=abc")).isFalse();
        assertThat(AcceptHeaders.readable("*/*;q=abc")).isFalse();
        assertThat(AcceptHeaders.readable("application/json;q=2")).isFalse();
        assertThat(AcceptHeaders.readable("application/json;charset=xxx")).isFalse();
        assertThat(AcceptHeaders.readable("application/json;charset=!!")).isFalse();
        assertThat(AcceptHeaders.readable("a/b/c")).isFalse();
        assertThat(AcceptHeaders.readable("json")).isFalse();
        assertThat(AcceptHeaders.readable("application/json;q")).isFalse();
        assertThat(AcceptHeaders.readable(",,,")).isFalse();
        assertThat(AcceptHeaders.readable(",text/html")).isFalse();
    }
}
