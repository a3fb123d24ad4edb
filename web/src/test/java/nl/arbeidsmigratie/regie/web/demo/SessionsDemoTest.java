package nl.arbeidsmigratie.regie.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The demo start meeting falls on the first 14 May after the demo edition's enrolment closed. */
class SessionsDemoTest {

    @Test
    void theStartMeetingIsTheFirst14MayAfterEnrolmentClosed() {
        assertThat(SessionsDemo.startDay(LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2027, 5, 14));
        assertThat(SessionsDemo.startDay(LocalDate.of(2027, 3, 1))).isEqualTo(LocalDate.of(2027, 5, 14));
        assertThat(SessionsDemo.startDay(LocalDate.of(2027, 5, 13))).isEqualTo(LocalDate.of(2027, 5, 14));
        assertThat(SessionsDemo.startDay(LocalDate.of(2027, 5, 14))).isEqualTo(LocalDate.of(2028, 5, 14));
    }
}
