package nl.arbeidsmigratie.regie.strategy.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;
import nl.arbeidsmigratie.regie.strategy.api.DiffPart.Kind;
import org.junit.jupiter.api.Test;

class SectionConflictTest {

    @Test
    void theDifferencesMarkTheCallersWordsInsertedAndTheStoredOnesDeleted() {
        SectionView stored = new SectionView(1, 0, LearningGoal.NUMBERS, "Aantallen", null,
                "<p>Anna telt <strong>200</strong> bedden.</p>", false, null, false, Instant.EPOCH, "anna", 3, null);
        SectionConflict conflict = new SectionConflict("<p>Anna telt 350 bedden.</p>", stored);
        assertThat(conflict.differences()).containsExactly(
                new DiffPart(Kind.SAME, "Anna telt "),
                new DiffPart(Kind.DELETED, "200"),
                new DiffPart(Kind.INSERTED, "350"),
                new DiffPart(Kind.SAME, " bedden."));
    }
}
