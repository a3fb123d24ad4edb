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
                "Paspoort", "ID-nummer", "Telefoonnummer", "Voorletters", "Achternaam", "Geboortejaar",
                "E-mail werknemer", "Herkomst", "Herkomst bewoner", "Telefoon bewoner", "Country of origin"))
                .allMatch(ImportColumn::personal);
        // words a person's data shares with other things, when they say it is not a person's
        assertThat(List.of("naam", "name", "personen", "persons", "bron", "methode", "opmerking", "bedden",
                "Herkomst cijfers", "Data origin", "Telefoon beheerder", "E-mail exploitant"))
                .noneMatch(ImportColumn::personal);
        for (ImportKind kind : ImportKind.values()) {
            assertThat(RowImport.of(kind).columns()).as(kind.name())
                    .noneMatch(c -> ImportColumn.personal(c.english()) || ImportColumn.personal(c.dutch()));
        }
    }
}
