package nl.arbeidsmigratie.regie.web.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import nl.arbeidsmigratie.regie.monitoring.api.WorklistItem;
import nl.arbeidsmigratie.regie.monitoring.api.WorklistKind;
import nl.arbeidsmigratie.regie.web.faces.DisplayValues;
import org.junit.jupiter.api.Test;

/** A worklist item's label in the page's words. */
class WorklistLabelsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Test
    void anExpiringPermitIsNamedByItsKindsWordsAndOtherLabelsStayAsTheyAre() {
        WorklistLabels labels = new WorklistLabels();
        labels.values = new DisplayValues();
        assertThat(labels.of(new WorklistItem(WorklistKind.PERMIT_EXPIRING, "GM1783", 1L,
                "Pension · De Lier · VERHUURVERGUNNING", null), DUTCH))
                .isEqualTo("Pension · De Lier · Verhuurvergunning (Wet goed verhuurderschap)");
        assertThat(labels.of(new WorklistItem(WorklistKind.QUALITY_MARK_EXPIRING, "GM1783", 1L, "Pension · SNF",
                null), DUTCH)).isEqualTo("Pension · SNF");
    }
}
