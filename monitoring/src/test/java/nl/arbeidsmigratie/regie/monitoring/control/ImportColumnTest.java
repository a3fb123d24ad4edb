package nl.arbeidsmigratie.regie.monitoring.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.arbeidsmigratie.regie.monitoring.api.ImportKind;
import org.junit.jupiter.api.Test;

/** A column of personal data is known by any of the ways a spreadsheet names one, and no product column is one. */
class ImportColumnTest {

    @Test
    void aColumnOfPersonalDataIsKnownByItsWords() {
        assertThat(List.of("Nationaliteit", "Nationaliteit bewoner", "Naam bewoner", "Resident name", "first_name",
                "BSN-nummer", "Sofinummer", "Geb. datum", "Geb.datum", "Geboorteland", "Leeftijd (jaren)",
                "Paspoort", "ID-nummer", "Telefoonnummer", "Voorletters", "Achternaam", "Geboortejaar", "E-mail werknemer"))
                .allMatch(ImportColumn::personal);
        assertThat(List.of("naam", "name", "personen", "persons", "bron", "methode", "opmerking", "bedden"))
                .noneMatch(ImportColumn::personal);
        for (ImportKind kind : ImportKind.values()) {
            assertThat(RowImport.of(kind).columns()).as(kind.name())
                    .noneMatch(c -> ImportColumn.personal(c.english()) || ImportColumn.personal(c.dutch()));
        }
    }
}
