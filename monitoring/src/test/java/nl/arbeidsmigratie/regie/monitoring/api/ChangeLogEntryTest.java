package nl.arbeidsmigratie.regie.monitoring.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeLogEntryTest {

    @Test
    void aReportsChangeLogNamesItsFiguresNotTheLocationItBelongsTo() {
        LocalDate day = LocalDate.of(2025, 11, 30);
        OccupancyView first = new OccupancyView(1, new OccupancyFigures(27, day, 1000, null, null, null),
                Instant.parse("2025-12-01T10:00:00Z"), "officer@example.nl", null, false, null);
        OccupancyView corrected = new OccupancyView(2, new OccupancyFigures(27, day, 10, 4, null, null),
                Instant.parse("2025-12-02T10:00:00Z"), "officer@example.nl", 1L, false, "tikfout");
        List<ChangeLogEntry> log = ChangeLogEntry.of(List.of(first, corrected));
        assertThat(log.get(0).changes()).extracting(c -> c.field()).contains("referenceDate", "persons")
                .doesNotContain("locationId");
        assertThat(log.get(1).changes()).extracting(c -> c.field(), c -> c.before(), c -> c.after()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("persons", "1000", "10"),
                org.assertj.core.groups.Tuple.tuple("shortStay", null, "4"));
    }
}
