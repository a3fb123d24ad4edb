package nl.arbeidsmigratie.regie.sessions.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import org.junit.jupiter.api.Test;

class MeetingMailsTest {

    @Test
    void aPeriodEndingOnTheNextDayNamesThatDayAndOneEndingTheSameDayItsTimeAlone() {
        MeetingMails.Period night = new MeetingMails.Period(dutch(2027, 3, 27, 23, 30), dutch(2027, 3, 28, 0, 30));
        MeetingMails.Period afternoon = new MeetingMails.Period(dutch(2027, 5, 14, 13, 0), dutch(2027, 5, 14, 16, 30));

        assertThat(night.text(texts("nl"), Locale.forLanguageTag("nl"))).contains("27 maart 2027")
                .contains("23:30").contains("28 maart 00:30");
        assertThat(night.text(texts("en"), Locale.forLanguageTag("en"))).contains("27 March 2027")
                .contains("28 March 00:30");
        assertThat(afternoon.text(texts("nl"), Locale.forLanguageTag("nl"))).contains("13:00").contains("16:30")
                .doesNotContain("mei 16:30");
    }

    private static java.time.Instant dutch(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(DutchTime.ZONE).toInstant();
    }

    private static ResourceBundle texts(String language) {
        return ResourceBundle.getBundle(MeetingMails.MAILS, Locale.forLanguageTag(language));
    }
}
