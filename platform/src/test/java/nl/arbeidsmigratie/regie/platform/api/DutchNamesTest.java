package nl.arbeidsmigratie.regie.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DutchNamesTest {

    @Test
    void namesStandByTheirLettersAsInADutchListWithoutCaseAccentsOrPunctuation() {
        List<String> names = new ArrayList<>(List.of("Zwolle", "'s-Hertogenbosch", "Súdwest-Fryslân", "Schiedam",
                "Aa en Hunze", "'s-Gravenhage", "Bergen (NH.)", "Bergen (L.)", "Simpelveld", "den Haag", "Delft"));
        names.sort(DutchNames.ORDER);
        assertThat(names).containsExactly("Aa en Hunze", "Bergen (L.)", "Bergen (NH.)", "Delft", "den Haag",
                "Schiedam", "'s-Gravenhage", "'s-Hertogenbosch", "Simpelveld", "Súdwest-Fryslân", "Zwolle");
    }

    @Test
    void theDatabasesKeyDropsAndFoldsWhatTheJavaKeyDoes() {
        // translate(lower(name), FROM, TO) in SQL, mirrored here: letters of FROM beyond TO are dropped
        for (String name : List.of("'s-Gravenhage", "Súdwest-Fryslân", "Bergen (NH.)", "Noardeast-Fryslân",
                "Sint-Michielsgestel", "Nuenen, Gerwen en Nederwetten", "Łódź & Kraków / Šibenik")) {
            StringBuilder key = new StringBuilder();
            for (char c : name.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
                int at = DutchNames.SQL_FROM.indexOf(c);
                if (at < 0) {
                    key.append(c);
                } else if (at < DutchNames.SQL_TO.length()) {
                    key.append(DutchNames.SQL_TO.charAt(at));
                }
            }
            assertThat(key.toString()).as(name).isEqualTo(DutchNames.sortKey(name));
        }
    }
}
