package nl.arbeidsmigratie.regie.web.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import nl.arbeidsmigratie.regie.strategy.api.VersionSummary;
import org.junit.jupiter.api.Test;

class VersionsBackingTest {

    private static final Instant SAVED = Instant.parse("2026-11-02T10:00:00Z");
    private static final Instant RESTORED = Instant.parse("2026-11-03T09:30:00Z");

    @Test
    void theVersionARestoreKeptIsNamedForTheVersionItBroughtBack() {
        VersionSummary first = version(1, "Eerste opzet", SAVED, null);
        VersionSummary handedIn = version(2, null, SAVED.plusSeconds(60), null);
        VersionSummary kept = version(3, null, RESTORED, null);
        VersionSummary restored = version(4, "Terug naar de eerste", RESTORED, 1);
        List<VersionSummary> list = List.of(restored, kept, handedIn, first);

        assertThat(VersionsBacking.keptBeforeRestoring(list, kept)).isEqualTo(1);
        assertThat(VersionsBacking.keptBeforeRestoring(list, handedIn)).as("saved on its own, not by a restore")
                .isNull();
        assertThat(VersionsBacking.keptBeforeRestoring(list, first)).as("its author's note says what it is").isNull();
        assertThat(VersionsBacking.keptBeforeRestoring(list, restored)).isNull();
    }

    private static VersionSummary version(int number, String note, Instant at, Integer restoredFrom) {
        return new VersionSummary(7, number, note, at, "officer@westland.example", restoredFrom, false);
    }
}
