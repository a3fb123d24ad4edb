package nl.arbeidsmigratie.regie.strategy;

import static nl.arbeidsmigratie.regie.strategy.StrategyFixture.COORDINATOR;
import static nl.arbeidsmigratie.regie.strategy.StrategyFixture.section;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import nl.arbeidsmigratie.regie.monitoring.api.CountDefinition;
import nl.arbeidsmigratie.regie.monitoring.api.CountFigures;
import nl.arbeidsmigratie.regie.monitoring.api.MunicipalCounts;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.strategy.api.Adoption;
import nl.arbeidsmigratie.regie.strategy.api.AdoptionBody;
import nl.arbeidsmigratie.regie.strategy.api.DocumentDetails;
import nl.arbeidsmigratie.regie.strategy.api.DocumentKind;
import nl.arbeidsmigratie.regie.strategy.api.DocumentPdf;
import nl.arbeidsmigratie.regie.strategy.api.DocumentView;
import nl.arbeidsmigratie.regie.strategy.api.DocumentWorkflow;
import nl.arbeidsmigratie.regie.strategy.api.NewDocument;
import nl.arbeidsmigratie.regie.strategy.api.SectionFigures;
import nl.arbeidsmigratie.regie.strategy.api.SectionView;
import nl.arbeidsmigratie.regie.strategy.api.StrategyDocuments;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.container.TestCaller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A version as PDF: the text a reader finds in it (title page, sections, frozen figures with their reference date,
 * adoption details, page footer) in both languages, and who may not have it.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentPdfIT {

    private static final String SCHIEDAM = "GM0606";

    @Deployment
    static WebArchive deployment() {
        return Deployments.moduleUnderTest(DocumentPdfIT.class);
    }

    @Inject
    StrategyDocuments documents;

    @Inject
    SectionFigures figures;

    @Inject
    DocumentWorkflow workflow;

    @Inject
    DocumentPdf pdf;

    @Inject
    MunicipalCounts counts;

    @Inject
    StrategyFixture fixture;

    @Test
    void theAdoptedVersionAsPdfHoldsTitleTextFiguresAndAdoptionAndOnlyItsReadersGetIt() throws Exception {
        TestCaller.as(COORDINATOR, () -> counts.record(new CountFigures(SCHIEDAM, LocalDate.of(2025, 3, 1), 3832,
                200, null, 4500, 5200, "Gemeente Schiedam (test)", "BRP-telling", CountDefinition.LIVING_IN, 4, 12)));
        String officer = fixture.officerOf(SCHIEDAM).email();
        String otherOfficer = fixture.officerOf("GM0599").email();
        String auditor = fixture.account(Role.AUDITOR, null, "nl").email();
        DocumentView draft = TestCaller.as(officer, () -> documents.create(new NewDocument(DocumentKind.POLICY_FRAMEWORK,
                "Beleidskader Schiedam", SCHIEDAM, null, Set.of())));
        SectionView numbers = section(draft, LearningGoal.NUMBERS);
        SectionView support = section(draft, LearningGoal.SUPPORT);
        TestCaller.as(officer, () -> {
            documents.describe(draft.id(), new DocumentDetails(draft.title(), Set.of(), COORDINATOR, draft.version()));
            SectionView written = documents.saveSection(numbers.id(), numbers.version(),
                    "<p>Onze <b>aanpak</b> in het kort:</p><ul><li>eerste punt</li><li>tweede punt</li></ul>"
                            + "<p>Zie <a href=\"https://example.org/nota\">de nota</a>.</p>"
                            + "<p>Uit <b>Łódź</b>, Iași, Győr, Пловдив en Αθήνα.</p><p>De SEO\u2011schatting.</p>")
                    .section();
            figures.freeze(numbers.id(), written.version(), LocalDate.of(2025, 12, 31));
            documents.markNotApplicable(support.id(), support.version(), "Draagvlak is al geregeld");
            return workflow.submit(draft.id());
        });

        TestCaller.as(otherOfficer, () -> assertThatThrownBy(() -> pdf.render(draft.id(), 1, Locale.ENGLISH))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.strategy.document.unknown")));
        // the auditor, who sees the draft's details and its versions' numbers, is refused its text as such
        TestCaller.as(auditor, () -> assertThatThrownBy(() -> pdf.render(draft.id(), 1, Locale.ENGLISH))
                .isInstanceOf(AccessRefusedException.class));

        // a version states its own standing, handed in and when, not the review's passing status
        String handedIn = text(TestCaller.as(officer, () -> pdf.render(draft.id(), 1, Locale.forLanguageTag("nl")))
                .content());
        assertThat(handedIn).contains("Ter beoordeling ingediend op ").doesNotContain("Vastgesteld");

        TestCaller.as(COORDINATOR, () -> workflow.adopt(draft.id(),
                new Adoption(AdoptionBody.COLLEGE, LocalDate.of(2026, 10, 6), "B&W-besluit 2026/4411")));
        DocumentPdf.PdfFile dutch = TestCaller.as(officer, () -> pdf.render(draft.id(), 1, Locale.forLanguageTag("nl")));
        assertThat(dutch.fileName()).isEqualTo("beleidskader-schiedam-v1.pdf");
        assertThat(new String(dutch.content(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(dutch.content());
        assertThat(text).contains("Beleidskader Schiedam", "Schiedam", "Vastgesteld", "Versie",
                "College van burgemeester en wethouders", "6 oktober 2026", "B&W-besluit 2026/4411",
                "aanpak", "eerste punt", "tweede punt", "de nota", "Uit Łódź, Iași, Győr, Пловдив en Αθήνα.", "De SEO-schatting.", "Niet van toepassing: Draagvlak is al geregeld",
                "peildatum 31 december 2025", "Ingeschreven BRP", "3.832", "Gemeente Schiedam (test) (BRP-telling)",
                "versie 1 · pagina 1 van ", "1, opgeslagen op ", "1. De lokale en regionale aantallen", "2. ");

        PdfReader opened = new PdfReader(dutch.content());
        try {
            assertThat(SimpleBookmark.getBookmarkList(opened)).as("a bookmark per chapter")
                    .extracting(mark -> mark.get("Title")).hasSize(8)
                    .startsWith("1. De lokale en regionale aantallen arbeidsmigranten scherper in beeld");
            assertThat(opened.getCatalog().getAsString(PdfName.LANG)).hasToString("nl");
        } finally {
            opened.close();
        }

        byte[] inEnglish = TestCaller.as(otherOfficer, () -> pdf.render(draft.id(), 1, Locale.ENGLISH)).content();
        PdfReader englishOpened = new PdfReader(inEnglish);
        try {
            assertThat(englishOpened.getCatalog().getAsString(PdfName.LANG)).as("the language of the chapters' text")
                    .hasToString("nl");
        } finally {
            englishOpened.close();
        }
        String english = text(inEnglish);
        assertThat(english).contains("Beleidskader Schiedam", "Adopted", "Municipal executive (college)",
                "6 October 2026", "reference date 31 December 2025", "Registered BRP", "version 1 · page 2 of ",
                "1, saved on ");
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
