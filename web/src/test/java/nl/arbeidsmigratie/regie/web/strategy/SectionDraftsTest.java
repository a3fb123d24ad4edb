package nl.arbeidsmigratie.regie.web.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SectionDraftsTest {

    @Test
    void aMergeHoldsTheSavedTextAndOnlyWhatTheAuthorAddedOrChanged() {
        String start = "<p>Westland telt veel arbeidsmigranten.</p>";
        String theirs = start + "<p>Bram over de regio.</p>";
        String mine = start + "<h2>Kernen</h2><p>Anna over de kernen.</p><ol><li data-list=\"bullet\">Naaldwijk</li></ol>";
        assertThat(SectionDrafts.merge(theirs, mine)).isEqualTo(theirs
                + "<h2>Kernen</h2><p>Anna over de kernen.</p><ol><li data-list=\"bullet\">Naaldwijk</li></ol>");
        assertThat(SectionDrafts.merge(theirs, start)).as("nothing of the author's that is not saved").isEqualTo(theirs);
        assertThat(SectionDrafts.merge(theirs, "<p>Westland telt veel arbeidsmigranten, meer dan gedacht.</p>"))
                .as("a paragraph changed comes after, for the author to choose")
                .isEqualTo(theirs + "<p>Westland telt veel arbeidsmigranten, meer dan gedacht.</p>");
    }
}
