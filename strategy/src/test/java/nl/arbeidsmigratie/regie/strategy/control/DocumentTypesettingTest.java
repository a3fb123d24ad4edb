package nl.arbeidsmigratie.regie.strategy.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;
import nl.arbeidsmigratie.regie.strategy.api.DocumentKind;
import nl.arbeidsmigratie.regie.strategy.api.DocumentStatus;
import nl.arbeidsmigratie.regie.strategy.api.DocumentView;
import nl.arbeidsmigratie.regie.strategy.api.SectionView;
import nl.arbeidsmigratie.regie.strategy.api.VersionSummary;
import nl.arbeidsmigratie.regie.strategy.api.VersionView;
import org.junit.jupiter.api.Test;

/** How a version's chapters fall on the PDF's pages. */
class DocumentTypesettingTest {

    private static final Instant SAVED = Instant.parse("2026-11-02T09:30:00Z");

    @Test
    void aHeadingInAChaptersTextNeverEndsAPageAlone() throws Exception {
        List<Integer> checked = new ArrayList<>();
        // however much text comes before it, some of these put the heading on a page's last lines
        for (int lines = 30; lines <= 75; lines++) {
            String html = "<p>Regel</p>".repeat(lines) + "<h2>Tussenkop</h2><p>Tekst onder de tussenkop</p>";
            List<String> pages = pages(DocumentTypesetting.pdf(document(), version(html), false, null,
                    Locale.forLanguageTag("nl")));
            for (String page : pages) {
                if (page.contains("Tussenkop")) {
                    assertThat(page).as(lines + " lines before the heading").contains("Tekst onder de tussenkop");
                    checked.add(lines);
                }
            }
        }
        assertThat(checked).as("the heading printed every time").hasSize(46);
    }

    private static DocumentView document() {
        return new DocumentView(1, DocumentKind.VISION, "Visie Westland", DocumentStatus.DRAFT, "GM1783", "Westland",
                null, List.of(), Set.of(), null, null, 1, null, SAVED, "officer@example.org", SAVED, 1, true, true,
                List.of(), 1, null);
    }

    private static VersionView version(String html) {
        SectionView section = new SectionView(1, 1, LearningGoal.NUMBERS, "Aantallen", null, html, false, null, false,
                SAVED, "officer@example.org", 1, null);
        return new VersionView(new VersionSummary(1, 1, null, SAVED, "officer@example.org", null, false),
                List.of(section));
    }

    private static List<String> pages(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(extractor.getTextFromPage(page));
            }
            return pages;
        } finally {
            reader.close();
        }
    }
}
