package nl.arbeidsmigratie.regie.strategy;

import static nl.arbeidsmigratie.regie.strategy.StrategyFixture.COORDINATOR;
import static nl.arbeidsmigratie.regie.strategy.StrategyFixture.section;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Set;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.registration.api.Accounts;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityChange;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityDirectory;
import nl.arbeidsmigratie.regie.registration.api.PolicyField;
import nl.arbeidsmigratie.regie.registration.api.RegionAdministration;
import nl.arbeidsmigratie.regie.registration.api.RegionView;
import nl.arbeidsmigratie.regie.strategy.api.Adoption;
import nl.arbeidsmigratie.regie.strategy.api.AdoptionBody;
import nl.arbeidsmigratie.regie.strategy.api.Completeness;
import nl.arbeidsmigratie.regie.strategy.api.DocumentDetails;
import nl.arbeidsmigratie.regie.strategy.api.DocumentKind;
import nl.arbeidsmigratie.regie.strategy.api.DocumentStatus;
import nl.arbeidsmigratie.regie.strategy.api.DocumentView;
import nl.arbeidsmigratie.regie.strategy.api.DocumentWorkflow;
import nl.arbeidsmigratie.regie.strategy.api.NewDocument;
import nl.arbeidsmigratie.regie.strategy.api.OverviewRow;
import nl.arbeidsmigratie.regie.strategy.api.ProvinceOverview;
import nl.arbeidsmigratie.regie.strategy.api.SectionView;
import nl.arbeidsmigratie.regie.strategy.api.StrategyDocuments;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.container.TestCaller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The coordinators' overview of every municipality's document: status, completeness per goal, filters, CSV. */
@ExtendWith(ArquillianExtension.class)
class ProvinceOverviewIT {

    private static final String HILLEGOM = "GM0534";
    private static final String LISSE = "GM0553";

    @Deployment
    static WebArchive deployment() {
        return Deployments.moduleUnderTest(ProvinceOverviewIT.class);
    }

    @Inject
    Accounts accounts;

    @Inject
    StrategyDocuments documents;

    @Inject
    ProvinceOverview overview;

    @Inject
    RegionAdministration regions;

    @Inject
    MunicipalityDirectory register;

    @Inject
    DocumentWorkflow workflow;

    @Inject
    StrategyFixture fixture;

    @Test
    void coordinatorsSeeEachMunicipalitysDocumentWithItsCompletenessPerGoal() throws Exception {
        String officer = fixture.officerOf(HILLEGOM).email();
        DocumentView draft = TestCaller.as(officer, () -> documents.create(new NewDocument(DocumentKind.VISION,
                "Visie Hillegom", HILLEGOM, null, Set.of(PolicyField.HOUSING, PolicyField.ENFORCEMENT))));
        SectionView numbers = section(draft, LearningGoal.NUMBERS);
        SectionView forgotten = section(draft, LearningGoal.FORGOTTEN_PLACES);
        SectionView vision = section(draft, LearningGoal.ONE_VISION);
        SectionView support = section(draft, LearningGoal.SUPPORT);
        TestCaller.as(officer, () -> {
            documents.saveSection(numbers.id(), numbers.version(), "<p>" + "Wij tellen zorgvuldig. ".repeat(5) + "</p>");
            // 98 letters in two paragraphs: their break is no text of the author's own
            documents.saveSection(vision.id(), vision.version(), "<p>" + "a".repeat(49) + "</p><p>" + "b".repeat(49)
                    + "</p>");
            documents.markNotApplicable(forgotten.id(), forgotten.version(), "Geen vakantieparken");
            // what shows nothing or is no text of its own: spaces of any kind, a link's address, a list's bullets
            documents.saveSection(support.id(), support.version(), "<p>" + "&nbsp;".repeat(120) + "\u200b".repeat(120)
                    + "</p><p><a href=\"https://www.rijksoverheid.nl/" + "x".repeat(120) + "\">zie</a></p><ul>"
                    + "<li>a</li>".repeat(40) + "</ul>");
        });

        OverviewRow row = TestCaller.as(COORDINATOR, () -> overview.rows("Holland Rijnland", null)).stream()
                .filter(r -> HILLEGOM.equals(r.municipalityCode())).findFirst().orElseThrow();
        assertThat(row.documentId()).isEqualTo(draft.id());
        assertThat(row.status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(row.completeness()).containsEntry(LearningGoal.NUMBERS, Completeness.FILLED)
                .containsEntry(LearningGoal.FORGOTTEN_PLACES, Completeness.NOT_APPLICABLE)
                .containsEntry(LearningGoal.ONE_VISION, Completeness.EMPTY)
                .containsEntry(LearningGoal.SUPPORT, Completeness.EMPTY);
        assertThat(row.policyFields()).containsExactlyInAnyOrder(PolicyField.HOUSING, PolicyField.ENFORCEMENT);
        assertThat(row.lastActivity()).isNotNull();

        assertThat(TestCaller.as(COORDINATOR, () -> overview.rows("Haaglanden", null)))
                .extracting(OverviewRow::municipalityCode).doesNotContain(HILLEGOM);
        assertThat(TestCaller.as(COORDINATOR, () -> overview.rows(null, DocumentStatus.ADOPTED)))
                .extracting(OverviewRow::municipalityCode).doesNotContain(HILLEGOM);
        assertThat(TestCaller.as(COORDINATOR, () -> overview.csv("Holland Rijnland", DocumentStatus.DRAFT)))
                .startsWith("gemeentecode;naam;regio").contains(";aantallen;vergeten_plekken;")
                .contains(HILLEGOM + ";Hillegom;Holland Rijnland;nee;" + draft.id()
                        + ";Visie Hillegom;concept;ingevuld;niet van toepassing;leeg")
                .contains("handhaving; wonen").doesNotContain("DRAFT").doesNotContain("Z\n");
        // a coordinator who reads the pages in English gets its words in English
        String english = TestCaller.as(COORDINATOR, () -> {
            accounts.changeLanguage("en");
            try {
                return overview.csv("Holland Rijnland", DocumentStatus.DRAFT);
            } finally {
                accounts.changeLanguage("nl");
            }
        });
        assertThat(english).startsWith("municipality_code;name;region").contains(";numbers;forgotten_places;")
                .contains(HILLEGOM + ";Hillegom;Holland Rijnland;no;" + draft.id()
                        + ";Visie Hillegom;draft;filled;not applicable;empty")
                .contains("enforcement; housing");

        // a second document of the municipality is a row of its own, and each keeps its own status
        DocumentView rules = TestCaller.as(officer, () -> documents.create(new NewDocument(DocumentKind.POLICY_RULES,
                "Beleidsregels Hillegom", HILLEGOM, null, Set.of())));
        assertThat(TestCaller.as(COORDINATOR, () -> overview.rows("Holland Rijnland", null)))
                .filteredOn(r -> HILLEGOM.equals(r.municipalityCode())).extracting(OverviewRow::documentId)
                .containsExactlyInAnyOrder(draft.id(), rules.id());
        assertThat(TestCaller.as(COORDINATOR, () -> overview.rows(null, DocumentStatus.DRAFT)))
                .filteredOn(r -> HILLEGOM.equals(r.municipalityCode())).hasSize(2);
        TestCaller.as(officer, () -> assertThatThrownBy(() -> overview.rows(null, null))
                .isInstanceOf(AccessRefusedException.class));
    }

    @Test
    void aVisionAdoptedLaterIsTheOneInForceAndTheEarlierLeavesTheOverview() throws Exception {
        String officer = fixture.officerOf(LISSE).email();
        DocumentView first = adoptedVision(officer, "Visie Lisse 2025", LocalDate.of(2025, 3, 10));
        DocumentView later = adoptedVision(officer, "Visie Lisse 2026", LocalDate.of(2026, 2, 2));
        DocumentView rules = TestCaller.as(officer, () -> documents.create(new NewDocument(DocumentKind.POLICY_RULES,
                "Beleidsregels Lisse", LISSE, null, Set.of())));

        assertThat(TestCaller.as(COORDINATOR, () -> overview.rows("Holland Rijnland", null)))
                .filteredOn(r -> LISSE.equals(r.municipalityCode())).extracting(OverviewRow::documentId)
                .as("one vision in force, beside rules of another kind").containsExactlyInAnyOrder(later.id(), rules.id())
                .doesNotContain(first.id());
        String neighbour = fixture.officerOf(HILLEGOM).email();
        assertThat(TestCaller.as(neighbour, () -> documents.inForce(LISSE, DocumentKind.VISION)))
                .as("the document pages say the same, to anyone who may read adopted documents")
                .map(DocumentView::id).contains(later.id());
        assertThat(TestCaller.as(officer, () -> documents.inForce(LISSE, DocumentKind.POLICY_RULES)))
                .as("rules stand side by side: none is the one in force").isEmpty();
        assertThat(TestCaller.as(officer, () -> documents.inForce(LISSE, DocumentKind.POLICY_FRAMEWORK))).isEmpty();
        assertThat(TestCaller.as(neighbour, () -> documents.replaced())).as("the lists say which is replaced")
                .contains(first.id()).doesNotContain(later.id(), rules.id());
    }

    @Test
    void aRegionalAgreementFollowsItsRegionWhenTheRegionIsRenamed() throws Exception {
        String region = "Testregio afspraak " + System.nanoTime();
        RegionView created = TestCaller.as(COORDINATOR, () -> {
            RegionView view = regions.create(region);
            // two municipalities of no region elsewhere in these tests
            for (String code : new String[] {"GM0034", "GM0050"}) {
                register.change(new MunicipalityChange(code, region, true, null, null,
                        register.find(code).orElseThrow().version()));
            }
            return view;
        });
        DocumentView agreement = TestCaller.as(COORDINATOR, () -> documents.create(new NewDocument(
                DocumentKind.REGIONAL_AGREEMENT, "Afspraak " + region, null, region, Set.of())));

        String renamed = region + " hernoemd";
        TestCaller.as(COORDINATOR, () -> regions.rename(created.id(), created.version(), renamed));

        assertThat(TestCaller.as(COORDINATOR, () -> documents.find(agreement.id())).region()).isEqualTo(renamed);
        assertThat(TestCaller.as(COORDINATOR, () -> overview.rows(renamed, null)))
                .extracting(OverviewRow::documentId).containsExactly(agreement.id());
        assertThat(TestCaller.as(COORDINATOR, () -> overview.rows(region, null))).isEmpty();
        TestCaller.as(COORDINATOR, () -> {
            for (String code : new String[] {"GM0034", "GM0050"}) {
                register.change(new MunicipalityChange(code, null, true, null, null,
                        register.find(code).orElseThrow().version()));
            }
        });
    }

    private DocumentView adoptedVision(String officer, String title, LocalDate adoptedOn) throws Exception {
        DocumentView draft = TestCaller.as(officer, () -> documents.create(new NewDocument(DocumentKind.VISION, title,
                LISSE, null, Set.of())));
        SectionView numbers = section(draft, LearningGoal.NUMBERS);
        TestCaller.as(officer, () -> {
            documents.describe(draft.id(), new DocumentDetails(title, Set.of(), COORDINATOR, draft.version()));
            documents.saveSection(numbers.id(), numbers.version(), "<p>Aantallen van " + title + "</p>");
            workflow.submit(draft.id());
        });
        return TestCaller.as(COORDINATOR, () -> workflow.adopt(draft.id(), new Adoption(AdoptionBody.COUNCIL,
                adoptedOn, "Raadsbesluit " + title)));
    }
}
