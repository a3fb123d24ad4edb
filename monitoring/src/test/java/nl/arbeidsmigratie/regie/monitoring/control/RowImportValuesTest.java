package nl.arbeidsmigratie.regie.monitoring.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import nl.arbeidsmigratie.regie.monitoring.api.HousingForm;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a cell is read as what its column holds, as a Dutch or an English spreadsheet writes it. */
class RowImportValuesTest {

    private static CsvRows.Row row(String column, String value) {
        Map<String, String> values = new HashMap<>();
        values.put(column, value);
        return new CsvRows.Row(2, values);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1200|1200", "1.200|1200", "1,200|1200", "1 200|1200", "1\u00A0200|1200",
        "1\u202F200|1200", "12,345,678|12345678", "-1,200|-1200", "999|999"})
    void aWholeNumberIsReadWithOrWithoutThousandsSeparators(String cell, int expected) {
        CsvRows.Row row = row("beds", cell);
        assertThat(RowImport.integer(row, "beds")).isEqualTo(expected);
        assertThat(row.unreadable()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1,5|import.value.whole", "1.5|import.value.whole",
        "1,20|import.value.whole", "1,2000|import.value.whole", "1.200,5|import.value.whole",
        "1,200.5|import.value.whole", "1,200.000|import.value.whole", "1.200,000.5|import.value.number",
        "1 20|import.value.number", "veel|import.value.number"})
    void aDecimalOrMixedSeparatorsAreNoCountAndSaidSo(String cell, String messageKey) {
        CsvRows.Row row = row("beds", cell);
        assertThat(RowImport.integer(row, "beds")).isNull();
        assertThat(row.unreadable()).singleElement().satisfies(e -> {
            assertThat(e.messageKey()).isEqualTo(messageKey);
            assertThat(e.arguments()).containsExactly(cell);
        });
    }

    @Test
    void anAreaIsReadWithADecimalCommaOrPointAlsoWithThousandsSeparators() {
        assertThat(RowImport.decimal(row("floor_area", "1.234,5"), "floor_area")).isEqualByComparingTo("1234.5");
        assertThat(RowImport.decimal(row("floor_area", "1,234.5"), "floor_area")).isEqualByComparingTo("1234.5");
        assertThat(RowImport.decimal(row("floor_area", "12,5"), "floor_area")).isEqualByComparingTo(new BigDecimal("12.5"));
        assertThat(RowImport.decimal(row("floor_area", "12 000,5"), "floor_area")).isEqualByComparingTo("12000.5");
        assertThat(RowImport.decimal(row("floor_area", "1\u00A0200"), "floor_area")).isEqualByComparingTo("1200");
        // a point between thousands in a file a Dutch spreadsheet wrote, a decimal point in an English one
        assertThat(RowImport.decimal(new CsvRows.Row(2, Map.of("floor_area", "1.200"), true), "floor_area"))
                .isEqualByComparingTo("1200");
        assertThat(RowImport.decimal(new CsvRows.Row(2, Map.of("floor_area", "1.234.567"), true), "floor_area"))
                .isEqualByComparingTo("1234567");
        assertThat(RowImport.decimal(new CsvRows.Row(2, Map.of("floor_area", "52.125"), false), "floor_area"))
                .isEqualByComparingTo("52.125");
        // and a comma between thousands in an English file, a decimal comma in a Dutch one
        assertThat(RowImport.decimal(new CsvRows.Row(2, Map.of("floor_area", "1,200"), false), "floor_area"))
                .isEqualByComparingTo("1200");
        assertThat(RowImport.decimal(new CsvRows.Row(2, Map.of("floor_area", "1,200"), true), "floor_area"))
                .isEqualByComparingTo("1.2");
        assertThat(RowImport.decimal(new CsvRows.Row(2, Map.of("floor_area", "52.0125"), true), "floor_area"))
                .isEqualByComparingTo("52.0125");
        // a coordinate has no thousands
        assertThat(RowImport.coordinate(new CsvRows.Row(2, Map.of("latitude", "52.012"), true), "latitude"))
                .isEqualByComparingTo("52.012");
        assertThat(RowImport.coordinate(new CsvRows.Row(2, Map.of("latitude", "52,012"), true), "latitude"))
                .isEqualByComparingTo("52.012");
    }

    @Test
    void aRefusedChoiceNamesEveryChoiceByTheWordsAFileMayHoldInEitherLanguage() {
        CsvRows.Row row = row("housing_form", "castle");
        assertThat(RowImport.choice(row, "housing_form", HousingForm.class)).isNull();
        InvalidInputException refused = row.unreadable().get(0);
        assertThat(refused.messageKey()).isEqualTo("import.value.choice");
        assertThat(refused.arguments()).containsExactly("castle",
                "„reguliere woning”, „hotel of pension”, „units in een gebouwencomplex”, „wooneenheden”,"
                        + " „recreatieterrein of vakantiepark”, „bedrijfsterrein of bij de werkgever”, „informeel”",
                "“regular dwelling”, “hotel or pension”, “units in a building complex”, “housing units”,"
                        + " “recreation site or holiday park”, “business park or employer site”,"
                        + " “informal (tents, sheds, cars)”");
        for (String named : new String[] {"Hotel or pension", "units in a building complex",
            "Informal (tents, sheds, cars)", "Informeel (tenten, schuren, auto's)", "HOTEL_PENSION", "hotel pension"}) {
            assertThat(RowImport.choice(row("housing_form", named), "housing_form", HousingForm.class))
                    .as(named).isNotNull();
        }
    }

    @Test
    void aTemplateInEnglishHasTheEnglishNamesCommasAndChoicesByTheirEnglishWordsAndIsReadAsTheDutchOne()
            throws Exception {
        RowImport locations = RowImport.of(nl.arbeidsmigratie.regie.monitoring.api.ImportKind.LOCATIONS);
        String english = locations.template(true, RowImport.EXAMPLE_MUNICIPALITY);
        assertThat(english).startsWith("municipality_code,bag_id,name,street,house_number,postcode,place,")
                .contains(",housing units,active,").contains(",short stay,");
        assertThat(locations.template(false, RowImport.EXAMPLE_MUNICIPALITY)).startsWith("gemeentecode;bag_id;naam;straat;")
                .contains(";wooneenheden;in gebruik;");
        assertThat(RowImport.of(nl.arbeidsmigratie.regie.monitoring.api.ImportKind.COUNTS).template(true, RowImport.EXAMPLE_MUNICIPALITY))
                .startsWith("municipality_code,reference_date,").contains(",living in the municipality,")
                .contains(",Municipal count,BRP and RNI on the reference date,").doesNotContain("telling");
        java.util.List<CsvRows.Row> rows = new java.util.ArrayList<>();
        java.util.List<nl.arbeidsmigratie.regie.monitoring.api.ImportProblem> problems = new java.util.ArrayList<>();
        for (String template : new String[] {english, locations.template(false, RowImport.EXAMPLE_MUNICIPALITY)}) {
            try (CsvRows csv = CsvRows.open(new java.io.ByteArrayInputStream(template.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)), locations.columns(), problems::add)) {
                rows.add(csv.next(problems::add));
            }
        }
        assertThat(problems).isEmpty();
        assertThat(RowImport.choice(rows.get(0), "housing_form", HousingForm.class))
                .isEqualTo(RowImport.choice(rows.get(1), "housing_form", HousingForm.class))
                .isEqualTo(HousingForm.HOUSING_UNITS);
    }
}
