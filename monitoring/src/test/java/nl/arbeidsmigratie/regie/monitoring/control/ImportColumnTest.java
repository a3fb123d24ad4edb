package nl.arbeidsmigratie.regie.monitoring.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImportColumnTest {

    private static final ImportColumn OPENED_ON = ImportColumn.optional("opened_on", "geopend_op");

    @ParameterizedTest
    @ValueSource(strings = {"geopend_op", "Geopend op", "GEOPEND-OP", " geopend  op ", "Geopend.op", "opened on",
        "Opened_On"})
    void aHeaderNamesItsColumnHoweverASpreadsheetWritesTheSpaceBetweenTheWords(String header) {
        assertThat(OPENED_ON.matches(header)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"geopendop", "geopend_op_datum", "open", ""})
    void anotherNameIsNotIt(String header) {
        assertThat(OPENED_ON.matches(header)).isFalse();
    }
}
