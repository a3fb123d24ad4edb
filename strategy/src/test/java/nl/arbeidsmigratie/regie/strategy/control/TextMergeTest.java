package nl.arbeidsmigratie.regie.strategy.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextMergeTest {

    private static final String START = "<p>Gedeelde tekst hier. Tweede zin.</p><p>een</p><p>twee</p>";

    @Test
    void changesToDifferentWordsAreBothKeptWhereTheyWereMade() {
        assertThat(TextMerge.merged(START, "<p>Gedeelde tekst hier. Tweede zin. Toevoeging van A.</p><p>een</p><p>twee</p>",
                "<p>Inleiding van B. Gedeelde tekst hier. Tweede zin.</p><p>een</p><p>twee</p><p>slot van B</p>"))
                .contains("<p>Inleiding van B. Gedeelde tekst hier. Tweede zin. Toevoeging van A.</p><p>een</p><p>twee</p>"
                        + "<p>slot van B</p>");
        assertThat(TextMerge.merged(START, "<p>nul</p>" + START, START.replace("twee", "drie")))
                .contains("<p>nul</p>" + START.replace("twee", "drie"));
    }

    @Test
    void theSameChangeOnBothSidesIsMadeOnce() {
        String both = START.replace("een", "één");
        assertThat(TextMerge.merged(START, both, both)).contains(both);
    }

    @Test
    void changesToTheSameWordsAreNotMerged() {
        assertThat(TextMerge.merged(START, START.replace("twee", "TWEE"), START.replace("twee", "twee!"))).isEmpty();
        assertThat(TextMerge.merged(START, START + "<p>A</p>", START + "<p>B</p>")).as("both added at one place")
                .isEmpty();
    }
}
