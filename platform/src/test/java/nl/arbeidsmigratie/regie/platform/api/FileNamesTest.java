package nl.arbeidsmigratie.regie.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void aTitleBecomesHyphenatedAsciiWords() {
        assertThat(FileNames.slug("Startbijeenkomst Café, 2027!", "x")).isEqualTo("startbijeenkomst-cafe-2027");
        assertThat(FileNames.slug(" ∑ ", "document")).isEqualTo("document");
        assertThat(FileNames.slug("Łódź, Øresund en Straße", "x")).isEqualTo("lodz-oresund-en-strasse");
    }

    @Test
    void aLongTitleIsCutBetweenWordsAndOneLongWordWhereItMust() {
        String title = "Visie op de huisvesting van arbeidsmigranten in Westland voor de jaren 2027-2030 proeftekst";
        String slug = FileNames.slug(title, "document");
        assertThat(slug).hasSizeLessThanOrEqualTo(80).endsWith("-2030").doesNotEndWith("-proe");
        assertThat(FileNames.slug("a".repeat(100), "document")).hasSize(80);
    }
}
