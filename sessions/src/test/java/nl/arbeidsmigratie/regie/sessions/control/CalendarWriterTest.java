package nl.arbeidsmigratie.regie.sessions.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CalendarWriterTest {

    @Test
    void everyLineKeepsTo75OctetsAndUnfoldsToWhatWasWritten() {
        String summary = "SUMMARY:Leerkring 👩‍👩‍👧 مرحبا שלום 你好 Łódź Timișoara " + "é".repeat(60) + " 😀".repeat(30);
        String unfolded = "BEGIN:VCALENDAR\r\n" + summary + "\r\nEND:VCALENDAR\r\n";

        String folded = CalendarWriter.folded(unfolded);

        assertThat(Arrays.asList(folded.split("\r\n")))
                .allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line)
                        .isLessThanOrEqualTo(75));
        assertThat(folded).endsWith("END:VCALENDAR\r\n").doesNotContain("\uFFFD");
        assertThat(folded.replace("\r\n ", "")).isEqualTo(unfolded);
        assertThat(folded.split("\r\n").length).as("the long line folded").isGreaterThan(5);
    }

    @Test
    void aLineOf75OctetsIsLeftWhole() {
        String line = "DESCRIPTION:" + "x".repeat(63);
        assertThat(CalendarWriter.folded(line + "\r\n")).isEqualTo(line + "\r\n");
    }
}
