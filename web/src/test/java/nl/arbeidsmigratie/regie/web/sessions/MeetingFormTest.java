package nl.arbeidsmigratie.regie.web.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import nl.arbeidsmigratie.regie.platform.api.InputChecks;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class MeetingFormTest {

    @Test
    void agendaTimesAreReadAsPeopleWriteThem() {
        assertThat(row("13:30", "14.15").item(0, new InputChecks())).satisfies(item -> {
            assertThat(item.startsAt()).isEqualTo(LocalTime.of(13, 30));
            assertThat(item.endsAt()).isEqualTo(LocalTime.of(14, 15));
        });
        assertThat(row("9.30", "9:45").item(0, new InputChecks()).startsAt()).isEqualTo(LocalTime.of(9, 30));
        for (String unreadable : new String[] {"13u30", "1330", "25:00", "half twee"}) {
            InputChecks checks = new InputChecks();
            row("10:00", unreadable).item(2, checks);
            assertThatThrownBy(checks::refuseIfBroken)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        // refused at its own field: the end of the third row
                        assertThat(e.field()).isEqualTo("agenda.2.to");
                        assertThat(e.messageKey()).isEqualTo("error.sessions.agenda.time.unreadable");
                        assertThat(e.arguments()).containsExactly(unreadable);
                    });
        }
    }

    @Test
    void everyUnreadableTimeOfEveryRowIsNamedAtOnce() {
        InputChecks checks = new InputChecks();
        row("25:00", "10u00").item(0, checks);
        row("9:00", "half tien").item(3, checks);
        assertThatThrownBy(checks::refuseIfBroken).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.all()).extracting(InvalidInputException::field)
                        .containsExactly("agenda.0.from", "agenda.0.to", "agenda.3.to"));
    }

    private static MeetingForm.AgendaRow row(String from, String to) {
        MeetingForm.AgendaRow row = new MeetingForm.AgendaRow();
        row.setStartsAt(from);
        row.setEndsAt(to);
        row.setTitle("Welkom");
        return row;
    }
}
