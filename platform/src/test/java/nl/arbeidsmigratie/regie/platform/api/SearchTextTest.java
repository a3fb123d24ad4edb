package nl.arbeidsmigratie.regie.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void aSearchFindsTheWordWithOrWithoutItsAccentsInAnyCase() {
        assertThat(SearchText.fold("Zeeën")).isEqualTo(SearchText.fold("ZEEEN")).isEqualTo("zeeen");
        assertThat(SearchText.fold("Súdwest-Fryslân")).isEqualTo("sudwest-fryslan");
        assertThat(SearchText.fold("Su\u0301dwest-Frysla\u0302n")).as("accents typed as marks").isEqualTo("sudwest-fryslan");
        assertThat(SearchText.fold("ŁÓDŹ Øresund Đakovo")).isEqualTo("lodz oresund dakovo");
        assertThat(SearchText.containing(" Café ")).hasValue("%cafe%");
    }

    @Test
    void theWildcardsTypedMatchOnlyThemselves() {
        assertThat(SearchText.containing("50%_a\\b")).hasValue("%50\\%\\_a\\\\b%");
        assertThat(SearchText.containing(" \u00a0 ")).isEmpty();
    }

    @Test
    void theDatabaseFoldsEachAccentedLetterToThePlainOneTyped() {
        // translate() pairs the letters by position: the two lists must be as long as each other
        String expression = SearchText.folded("x");
        String[] lists = expression.substring(expression.indexOf("), '") + 4, expression.length() - 2).split("', '");
        assertThat(lists[0]).hasSameSizeAs(lists[1]);
        for (int i = 0; i < lists[0].length(); i++) {
            assertThat(SearchText.fold(String.valueOf(lists[0].charAt(i)))).isEqualTo(String.valueOf(lists[1].charAt(i)));
        }
    }
}
