package nl.arbeidsmigratie.regie.strategy.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionComparisonTest {

    @Test
    void aSideWithoutTextIsSaidToBeEmptyAndOneWithTextIsNot() {
        SectionComparison written = compared(new DiffPart(DiffPart.Kind.INSERTED, "Nieuwe tekst"));
        assertThat(written.emptyBefore()).isTrue();
        assertThat(written.emptyAfter()).isFalse();

        SectionComparison cleared = compared(new DiffPart(DiffPart.Kind.DELETED, "Oude tekst"),
                new DiffPart(DiffPart.Kind.SAME, " "));
        assertThat(cleared.emptyBefore()).isFalse();
        assertThat(cleared.emptyAfter()).isTrue();

        SectionComparison edited = compared(new DiffPart(DiffPart.Kind.SAME, "Blijft"),
                new DiffPart(DiffPart.Kind.INSERTED, " erbij"));
        assertThat(List.of(edited.emptyBefore(), edited.emptyAfter())).containsOnly(false);
        assertThat(List.of(compared().emptyBefore(), compared().emptyAfter())).containsOnly(true);
    }

    private static SectionComparison compared(DiffPart... parts) {
        return new SectionComparison(1, "Aantallen", "Aantallen", false, false, true, List.of(parts), false, null, null,
                null, null);
    }
}
