package nl.arbeidsmigratie.regie.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecordChangesTest {

    record Size(Integer beds, String area) {
    }

    record Place(String name, Size size, List<String> permits) {
    }

    @Test
    void namesOnlyTheFieldsThatChangedWithNestedPaths() {
        Place before = new Place("Pension", new Size(8, "104"), List.of("V-1"));
        Place after = new Place("Pension", new Size(12, "104"), List.of("V-1", "V-2"));
        assertThat(RecordChanges.between(before, after)).containsExactly(
                new FieldChange("size.beds", "8", "12"),
                new FieldChange("permits", "V-1", "V-1; V-2"));
    }

    @Test
    void recordsInAListReadAsTheirValues() {
        record Permit(String kind, String number) {
        }
        record Holder(List<Permit> permits) {
        }
        assertThat(RecordChanges.between(null, new Holder(List.of(new Permit("VERHUUR", "V-17"), new Permit("OTHER", null)))))
                .containsExactly(new FieldChange("permits", null, "VERHUUR V-17; OTHER"));
    }

    @Test
    void aFirstVersionListsEveryFieldWithAValueAndAClearedFieldHasNoAfter() {
        Place first = new Place("Pension", new Size(null, "104"), List.of());
        assertThat(RecordChanges.between(null, first)).extracting(FieldChange::field)
                .containsExactly("name", "size.area");
        assertThat(RecordChanges.between(first, new Place("Pension", new Size(null, null), List.of())))
                .containsExactly(new FieldChange("size.area", "104", null));
    }

    @Test
    void aVersionThatChangesNothingIsTheSameAlsoWhenANumberIsKeptWithAnotherScale() {
        record Area(java.math.BigDecimal floor, String name) {
        }
        assertThat(RecordChanges.same(new Area(new java.math.BigDecimal("120.0"), "Kas"),
                new Area(new java.math.BigDecimal("120"), "Kas"))).isTrue();
        assertThat(RecordChanges.same(new Area(new java.math.BigDecimal("120.0"), "Kas"),
                new Area(new java.math.BigDecimal("120.5"), "Kas"))).isFalse();
        assertThat(RecordChanges.same(new Area(null, "Kas"), new Area(null, "Schuur"))).isFalse();
        // a text that reads as a number is text: a certificate number 0123 is no 123
        assertThat(RecordChanges.same(new Area(null, "0123"), new Area(null, "123"))).isFalse();
        assertThat(RecordChanges.same(new Area(null, "Kas"), new Area(java.math.BigDecimal.ONE, "Kas"))).isFalse();
    }
}
