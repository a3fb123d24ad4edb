package nl.arbeidsmigratie.regie.strategy.control;

import static org.assertj.core.api.Assertions.assertThat;

import nl.arbeidsmigratie.regie.strategy.api.DiffPart;
import nl.arbeidsmigratie.regie.strategy.api.DiffPart.Kind;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void changedWordsAreMarkedAndTheRestIsShared() {
        assertThat(WordDiff.between("Wij bouwen 200 woningen in Naaldwijk.", "Wij bouwen 350 woningen in Naaldwijk en Monster."))
                .containsExactly(
                        new DiffPart(Kind.SAME, "Wij bouwen "),
                        new DiffPart(Kind.DELETED, "200"),
                        new DiffPart(Kind.INSERTED, "350"),
                        new DiffPart(Kind.SAME, " woningen in "),
                        new DiffPart(Kind.DELETED, "Naaldwijk."),
                        new DiffPart(Kind.INSERTED, "Naaldwijk en Monster."));
    }

    @Test
    void identicalTextsAreOneSharedPartAndEmptyTextsNone() {
        assertThat(WordDiff.between("Gelijk\n\ngebleven", "Gelijk\n\ngebleven"))
                .containsExactly(new DiffPart(Kind.SAME, "Gelijk\n\ngebleven"));
        assertThat(WordDiff.between("", "")).isEmpty();
        assertThat(WordDiff.between("", "Nieuw")).containsExactly(new DiffPart(Kind.INSERTED, "Nieuw"));
    }

    @Test
    void aWordKeptBetweenChangesIsShared() {
        assertThat(WordDiff.between("Circa 12.000 werkende arbeidsmigranten, waarvan 4.500 wonend in Westland.",
                "Circa 12.000 in Westland werkende arbeidsmigranten; 4.500 wonen er."))
                .filteredOn(part -> part.kind() != Kind.SAME).extracting(DiffPart::text)
                .noneMatch(text -> text.contains("werkende"));
    }

    @Test
    void textAddedAfterTheLastWordKeepsTheSpaceOrParagraphBeforeIt() {
        assertThat(WordDiff.between("Westland.", "Westland. Nieuwe zin.")).containsExactly(
                new DiffPart(Kind.SAME, "Westland. "), new DiffPart(Kind.INSERTED, "Nieuwe zin."));
        assertThat(WordDiff.between("Alinea een", "Alinea een\n\nAlinea twee")).containsExactly(
                new DiffPart(Kind.SAME, "Alinea een\n\n"), new DiffPart(Kind.INSERTED, "Alinea twee"));
    }
}
