package nl.arbeidsmigratie.regie.strategy.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import nl.arbeidsmigratie.regie.monitoring.api.CountDefinition;
import nl.arbeidsmigratie.regie.monitoring.api.HousingForm;
import nl.arbeidsmigratie.regie.monitoring.api.Measure;
import nl.arbeidsmigratie.regie.monitoring.api.StayFocus;
import nl.arbeidsmigratie.regie.monitoring.api.WorklistKind;
import org.junit.jupiter.api.Test;

/** Every figure a chapter can freeze by a kind of monitoring has a label in each language of the PDF. */
class FigureLabelsTest {

    @Test
    void everyKindAFigureIsCountedByHasALabel() {
        List<String> keys = new ArrayList<>();
        keys(keys, "figures.count.reference-date.", CountDefinition.values());
        keys(keys, "figures.worklist.", WorklistKind.values());
        keys(keys, "figures.inspections.measure.", Measure.values());
        keys(keys, "figures.beds.form.", HousingForm.values());
        keys(keys, "figures.beds.stay.", StayFocus.values());
        Stream.of("nl", "en").map(language -> ResourceBundle.getBundle(
                "nl.arbeidsmigratie.regie.strategy.document_pdf", Locale.forLanguageTag(language))).forEach(bundle ->
                assertThat(keys).as(bundle.getLocale().toString()).allMatch(bundle::containsKey));
    }

    private static void keys(List<String> keys, String prefix, Enum<?>[] kinds) {
        for (Enum<?> kind : kinds) {
            keys.add(prefix + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
    }
}
