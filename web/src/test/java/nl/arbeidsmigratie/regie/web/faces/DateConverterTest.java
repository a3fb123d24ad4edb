package nl.arbeidsmigratie.regie.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import org.junit.jupiter.api.Test;

/** A year typed in two digits is read as the picker in the browser shows it once the field is left. */
class DateConverterTest {

    @Test
    void aTwoDigitYearIsTheOneAtMostTenYearsAheadAndTheRestIsLeftAsTyped() {
        int now = Year.now(DutchTime.ZONE).getValue();
        String thisYear = String.format("%02d", now % 100);
        assertThat(DateConverter.withFullYear("1-11-" + thisYear)).isEqualTo("1-11-" + now);
        assertThat(DateConverter.withFullYear("01/02/" + String.format("%02d", (now + 10) % 100)))
                .isEqualTo("01/02/" + (now + 10));
        assertThat(DateConverter.withFullYear("1.2." + String.format("%02d", (now + 11) % 100)))
                .isEqualTo("1.2." + (now + 11 - 100));
        assertThat(DateConverter.withFullYear("5-11-" + thisYear + " 14:30")).isEqualTo("5-11-" + now + " 14:30");
        assertThat(DateConverter.withFullYear("1-11-2026")).isEqualTo("1-11-2026");
        assertThat(DateConverter.withFullYear("1-11-2O26")).isEqualTo("1-11-2O26");
        assertThat(DateConverter.withFullYear("2026-11-01")).isEqualTo("2026-11-01");
    }
}
