package nl.arbeidsmigratie.regie.strategy;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_AUDITOR;
import static nl.arbeidsmigratie.regie.strategy.StrategyFixture.COORDINATOR;
import static nl.arbeidsmigratie.regie.strategy.StrategyFixture.OFFICER;
import static nl.arbeidsmigratie.regie.strategy.StrategyFixture.ROTTERDAM;
import static nl.arbeidsmigratie.regie.strategy.StrategyFixture.WESTLAND;
import static nl.arbeidsmigratie.regie.strategy.StrategyFixture.section;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.AuditEntryView;
import nl.arbeidsmigratie.regie.platform.api.AuditFilter;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.AccountAdministration;
import nl.arbeidsmigratie.regie.registration.api.AccountDirectory;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.AuditReview;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;
import nl.arbeidsmigratie.regie.registration.api.PolicyField;
import nl.arbeidsmigratie.regie.strategy.api.DocumentDetails;
import nl.arbeidsmigratie.regie.strategy.api.DocumentKind;
import nl.arbeidsmigratie.regie.strategy.api.DocumentStatus;
import nl.arbeidsmigratie.regie.strategy.api.DocumentSummary;
import nl.arbeidsmigratie.regie.strategy.api.DocumentVersions;
import nl.arbeidsmigratie.regie.strategy.api.DocumentView;
import nl.arbeidsmigratie.regie.strategy.api.DocumentWorkflow;
import nl.arbeidsmigratie.regie.strategy.api.NewDocument;
import nl.arbeidsmigratie.regie.strategy.api.SectionSaved;
import nl.arbeidsmigratie.regie.strategy.api.SectionView;
import nl.arbeidsmigratie.regie.strategy.api.StrategyDocuments;
import nl.arbeidsmigratie.regie.strategy.api.StrategyTemplates;
import nl.arbeidsmigratie.regie.strategy.api.TemplateSection;
import nl.arbeidsmigratie.regie.strategy.api.TemplateView;
import nl.arbeidsmigratie.regie.strategy.api.TransitionView;
import nl.arbeidsmigratie.regie.strategy.api.TransitionView.Event;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.container.TestCaller;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Strategy documents on Payara Micro and PostgreSQL: the template, the pre-fill from the enrolment, sections,
 * regional agreements, sanitising, and who may see and change what.
 */
@ExtendWith(ArquillianExtension.class)
class StrategyDocumentsIT {

    private static final String BOTTLENECKS = "Te weinig <b>huisvesting</b> voor seizoenswerkers in de kassen;\n"
            + "overlast in wijken & onduidelijke cijfers over wie er woont en hoe lang.";

    @Deployment
    static WebArchive deployment() {
        return Deployments.moduleUnderTest(StrategyDocumentsIT.class);
    }

    @Inject
    StrategyDocuments documents;

    @Inject
    DocumentVersions versions;

    @Inject
    StrategyTemplates templates;

    @Inject
    AccountAdministration administration;

    @Inject
    AccountDirectory directory;

    @Inject
    StrategyFixture fixture;

    @Inject
    AuditReview auditReview;

    @Inject
    DocumentWorkflow workflow;

    @Test
    void aNewDocumentStartsFromTheTemplatePrefilledFromTheEnrolment() throws Exception {
        fixture.westlandEnrolment(Set.of(LearningGoal.NUMBERS, LearningGoal.LOCAL_RULES), BOTTLENECKS);
        DocumentView document = fixture.westlandDraft("Visie arbeidsmigratie Westland");

        assertThat(document.status().name()).isEqualTo("DRAFT");
        assertThat(document.editable()).isTrue();
        assertThat(document.municipalityName()).isEqualTo("Westland");
        assertThat(document.templateVersion()).isPositive();
        assertThat(document.sections()).hasSize(9);
        SectionView start = document.sections().get(0);
        assertThat(start.title()).isEqualTo("Uitgangssituatie (uit de aanmelding)");
        assertThat(start.fromEnrolment()).isTrue();
        assertThat(start.html()).contains("visie in ontwikkeling")
                .contains("Te weinig &lt;b&gt;huisvesting&lt;/b&gt; voor seizoenswerkers")
                .contains("overlast in wijken &amp; onduidelijke cijfers")
                .doesNotContain("<b>");
        assertThat(document.sections().subList(1, 9)).extracting(SectionView::goal)
                .containsExactly(LearningGoal.values());
        assertThat(section(document, LearningGoal.NUMBERS).title())
                .isEqualTo("De lokale en regionale aantallen arbeidsmigranten scherper in beeld");
        assertThat(section(document, LearningGoal.NUMBERS).guidance()).contains("BRP");
        assertThat(document.sections()).filteredOn(SectionView::fromEnrolment).extracting(SectionView::goal)
                .containsExactly(null, LearningGoal.NUMBERS, LearningGoal.LOCAL_RULES);
    }

    @Test
    void coordinatorsKeepTheTemplateAsVersionsAndANewDocumentRecordsItsVersion() throws Exception {
        TemplateView current = TestCaller.as(OFFICER, () -> templates.current());
        int base = current.number();
        List<TemplateSection> changed = new ArrayList<>(current.sections());
        changed.set(0, new TemplateSection(LearningGoal.NUMBERS, "Aantallen in beeld", "Welke bronnen gebruikt u?"));
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> templates.publish(base, "nee", changed))
                .isInstanceOf(AccessRefusedException.class));
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> templates.publish(base, "mist er een",
                changed.subList(1, changed.size()))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.strategy.template.goals")));
        List<TemplateSection> twice = new ArrayList<>(changed);
        twice.set(1, new TemplateSection(twice.get(1).goal(), " aantallen IN BEELD ", twice.get(1).guidance()));
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> templates.publish(base, "twee dezelfde", twice))
                .as("two chapters of one title could not be told apart in a document")
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.strategy.template.title-taken")));
        List<TemplateSection> asTheEnrolment = new ArrayList<>(changed);
        asTheEnrolment.set(1, new TemplateSection(changed.get(1).goal(), "Uitgangssituatie (uit de aanmelding)", null));
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> templates.publish(base, "als de aanmelding",
                asTheEnrolment)).as("the title of the chapter a document opens with")
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.strategy.template.title-taken")));
        TemplateView published = TestCaller.as(COORDINATOR, () -> templates.publish(base, "Vragen aangescherpt",
                changed));
        try {
            assertThat(published.number()).isEqualTo(base + 1);
            // published on top of a version no longer the latest, it would quietly undo what came after
            TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> templates.publish(base, "oud",
                    current.sections())).isInstanceOf(ConcurrentChangeException.class));
            TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> templates.publish(published.number(),
                    "nogmaals", changed)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("error.strategy.template.unchanged")));
            DocumentView document = TestCaller.as(OFFICER, () -> documents.create(new NewDocument(
                    DocumentKind.POLICY_RULES, "Beleidsregels huisvesting", " gm1783", null, Set.of())));
            assertThat(document.municipalityCode()).as("a code typed in lower case").isEqualTo(WESTLAND);
            assertThat(document.templateVersion()).isEqualTo(published.number());
            assertThat(section(document, LearningGoal.NUMBERS).title()).isEqualTo("Aantallen in beeld");
            assertThat(TestCaller.as(DEMO_AUDITOR.email(), () -> templates.history())).extracting(TemplateView::number)
                    .startsWith(published.number(), base);
        } finally {
            TestCaller.as(COORDINATOR, () -> templates.publish(published.number(), "Terug naar de leerdoelen",
                    current.sections()));
        }
    }

    @Test
    void anotherMunicipalitysDraftAnswersExactlyLikeAMissingOne() throws Exception {
        DocumentView draft = fixture.westlandDraft("Concept Westland");
        long sectionId = draft.sections().get(0).id();
        String rotterdam = fixture.officerOf(ROTTERDAM).email();
        long missing = draft.id() + 1_000_000_000L;
        long missingSection = sectionId + 1_000_000_000L;

        for (long id : new long[] {draft.id(), missing}) {
            for (ThrowingCallable call : List.<ThrowingCallable>of(() -> documents.find(id), () -> versions.list(id),
                    () -> versions.save(id, null), () -> documents.addSection(id, "Extra"))) {
                TestCaller.as(rotterdam, () -> assertThatThrownBy(call).isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e).extracting(InvalidInputException::field,
                                InvalidInputException::messageKey, Throwable::getMessage)
                                .containsExactly("document", "error.strategy.document.unknown", "no document " + id)));
            }
        }
        for (long id : new long[] {sectionId, missingSection}) {
            TestCaller.as(rotterdam, () -> assertThatThrownBy(() -> documents.saveSection(id, 0, "<p>x</p>"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage())
                            .isEqualTo("no section " + id)));
        }
        assertThat(TestCaller.as(rotterdam, () -> documents.list())).extracting(DocumentSummary::id)
                .doesNotContain(draft.id());
        assertThat(TestCaller.as(OFFICER, () -> documents.list())).extracting(DocumentSummary::id)
                .contains(draft.id());
        // one municipality's documents, as its overview lists them: another's officer knows only its adopted ones
        assertThat(TestCaller.as(rotterdam, () -> documents.listOf(WESTLAND))).extracting(DocumentSummary::id)
                .doesNotContain(draft.id());
        assertThat(TestCaller.as(OFFICER, () -> documents.listOf(" gm1783 "))).extracting(DocumentSummary::id)
                .contains(draft.id());
        assertThat(TestCaller.as(COORDINATOR, () -> documents.listOf(WESTLAND))).extracting(DocumentSummary::id)
                .contains(draft.id());
        assertThat(TestCaller.as(COORDINATOR, () -> documents.listOf(ROTTERDAM))).extracting(DocumentSummary::id)
                .doesNotContain(draft.id());
        TestCaller.as(rotterdam, () -> assertThatThrownBy(() -> documents.create(new NewDocument(DocumentKind.VISION,
                "Niet van ons", WESTLAND, null, Set.of()))).isInstanceOf(AccessRefusedException.class));
        // an officer who names no municipality, or names their own in any case, starts their own municipality's
        for (String named : Arrays.asList(null, " ", " gm1783 ")) {
            assertThat(TestCaller.as(OFFICER, () -> documents.create(new NewDocument(DocumentKind.POLICY_FRAMEWORK,
                    "Kader " + named, named, null, Set.of()))).municipalityCode()).isEqualTo(WESTLAND);
        }
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> documents.create(new NewDocument(
                DocumentKind.POLICY_FRAMEWORK, "Van wie?", null, null, Set.of())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.strategy.municipality.required")));
    }

    @Test
    void coordinatorsReadAuditorsSeeOnlyTheDetailsOfADraftAndNeitherEdits() throws Exception {
        DocumentView draft = fixture.westlandDraft("Concept voor de provincie");
        SectionView first = draft.sections().get(0);

        DocumentView seenByCoordinator = TestCaller.as(COORDINATOR, () -> documents.find(draft.id()));
        assertThat(seenByCoordinator.contentVisible()).isTrue();
        assertThat(seenByCoordinator.editable()).isFalse();
        assertThat(seenByCoordinator.sections()).hasSameSizeAs(draft.sections());
        DocumentView seenByAuditor = TestCaller.as(DEMO_AUDITOR.email(), () -> documents.find(draft.id()));
        assertThat(seenByAuditor.contentVisible()).isFalse();
        assertThat(seenByAuditor.sections()).isEmpty();
        assertThat(seenByAuditor.title()).isEqualTo("Concept voor de provincie");
        // the trail records the document by number; it is named, and found, by its municipality and title
        String target = "strategy-document:" + draft.id();
        assertThat(TestCaller.as(DEMO_AUDITOR.email(), () -> auditReview.names(List.of(target))))
                .containsExactly(Map.entry(target, "Westland · Concept voor de provincie"));
        assertThat(TestCaller.as(DEMO_AUDITOR.email(), () -> auditReview.search(new AuditFilter(null, null,
                "strategy.document.created", null, null, List.of(AuditFilter.Mention.of("CONCEPT voor de provincie"))),
                0, 50)).items()).extracting(AuditEntryView::target).contains(target);

        for (String reader : List.of(COORDINATOR, DEMO_AUDITOR.email())) {
            TestCaller.as(reader, () -> {
                assertThatThrownBy(() -> documents.saveSection(first.id(), first.version(), "<p>van de provincie</p>"))
                        .isInstanceOf(AccessRefusedException.class);
                assertThatThrownBy(() -> versions.save(draft.id(), "niet van mij"))
                        .isInstanceOf(AccessRefusedException.class);
            });
        }
        TestCaller.as(DEMO_AUDITOR.email(), () -> assertThatThrownBy(() -> documents.create(new NewDocument(
                DocumentKind.VISION, "Auditor", WESTLAND, null, Set.of()))).isInstanceOf(AccessRefusedException.class));
        assertThat(TestCaller.as(OFFICER, () -> documents.find(draft.id())).sections().get(0).html())
                .isEqualTo(first.html());
    }

    @Test
    void anAccountDeactivatedMeanwhileCanDoNothing() throws Exception {
        AccountView officer = fixture.officerOf(WESTLAND);
        DocumentView draft = TestCaller.as(officer.email(), () -> documents.create(new NewDocument(
                DocumentKind.POLICY_FRAMEWORK, "Kader", WESTLAND, null, Set.of())));
        assertThat(TestCaller.as(COORDINATOR, () -> directory.officersOf(WESTLAND))).extracting(AccountView::email)
                .contains(officer.email(), OFFICER);
        TestCaller.as(COORDINATOR, () -> administration.deactivate(officer.id()));

        assertThat(TestCaller.as(COORDINATOR, () -> directory.officersOf(WESTLAND))).extracting(AccountView::email)
                .doesNotContain(officer.email());
        SectionView first = draft.sections().get(0);
        TestCaller.as(officer.email(), () -> {
            assertThatThrownBy(() -> documents.find(draft.id())).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> documents.list()).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> documents.saveSection(first.id(), first.version(), "<p>nog even</p>"))
                    .isInstanceOf(AccessRefusedException.class);
        });
        assertThat(TestCaller.as(OFFICER, () -> documents.find(draft.id())).sections().get(0).html())
                .isEqualTo(first.html());
    }

    @Test
    void badInputIsRefusedWithTheFieldAndNothingIsStored() throws Exception {
        int before = TestCaller.as(OFFICER, () -> documents.list()).size();
        List<NewDocument> bad = List.of(
                new NewDocument(DocumentKind.VISION, "  ", WESTLAND, null, Set.of()),
                new NewDocument(DocumentKind.VISION, "x".repeat(201), WESTLAND, null, Set.of()),
                new NewDocument(null, "Zonder soort", WESTLAND, null, Set.of()),
                new NewDocument(DocumentKind.VISION, "Onbekend", "GM9999", null, Set.of()),
                new NewDocument(DocumentKind.REGIONAL_AGREEMENT, "Nergens", null, "Geen regio", Set.of()),
                new NewDocument(DocumentKind.REGIONAL_AGREEMENT, "Zonder regio", null, " ", Set.of()),
                new NewDocument(DocumentKind.VISION, "Alleen een regio", null, "Haaglanden", Set.of()),
                new NewDocument(DocumentKind.VISION, "Nieuw\r\nBcc: iemand@example.org", WESTLAND, null, Set.of()),
                new NewDocument(DocumentKind.VISION, "\u00a0\u3164", WESTLAND, null, Set.of()),
                new NewDocument(DocumentKind.VISION, "Zacht\u00adafgebroken", WESTLAND, null, Set.of()),
                new NewDocument(DocumentKind.VISION, "Met een regio erbij", WESTLAND, "Haaglanden", Set.of()),
                new NewDocument(DocumentKind.REGIONAL_AGREEMENT, "Met een gemeente erbij", WESTLAND, "Haaglanden", Set.of()));
        List<String> keys = List.of("error.strategy.title.required", "error.strategy.title.too-long",
                "error.strategy.kind.required", "error.municipality.unknown", "error.strategy.region.unknown",
                "error.strategy.region.required",
                // an officer's vision is their municipality's: a region beside it is the mistake
                "error.strategy.region.not-for-kind", "error.text.line-break", "error.strategy.title.required",
                "error.text.invisible-character", "error.strategy.region.not-for-kind",
                "error.strategy.municipality.not-for-agreement");
        for (int i = 0; i < bad.size(); i++) {
            NewDocument request = bad.get(i);
            String key = keys.get(i);
            TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> documents.create(request))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo(key)));
        }
        assertThat(TestCaller.as(OFFICER, () -> documents.list())).hasSize(before);

        DocumentView draft = fixture.westlandDraft("Grenzen");
        SectionView numbers = section(draft, LearningGoal.NUMBERS);
        String megabyte = "<p>" + "a".repeat(1024 * 1024) + "</p>";
        TestCaller.as(OFFICER, () -> {
            assertThatThrownBy(() -> documents.saveSection(numbers.id(), numbers.version(), megabyte))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.strategy.section.too-long"));
            assertThatThrownBy(() -> documents.saveSection(numbers.id(), numbers.version(), "<p>bel\u0007</p>"))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.text.control-character"));
            assertThatThrownBy(() -> documents.markNotApplicable(numbers.id(), numbers.version(), " "))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.strategy.reason.required"));
            assertThatThrownBy(() -> documents.addSection(draft.id(), ""))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.strategy.title.required"));
            assertThatThrownBy(() -> documents.describe(draft.id(), new DocumentDetails("Grenzen", Set.of(),
                    DEMO_AUDITOR.email(), draft.version()))).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("error.strategy.reviewer.not-coordinator"));
        });
        DocumentView after = TestCaller.as(OFFICER, () -> documents.find(draft.id()));
        assertThat(section(after, LearningGoal.NUMBERS)).isEqualTo(numbers);
        assertThat(after.sections()).hasSameSizeAs(draft.sections());
        assertThat(after.reviewerEmail()).isNull();
    }

    @Test
    void aSectionOfTheAuthorsOwnIsRenamedOrRemovedAGoalsChapterStays() throws Exception {
        DocumentView draft = fixture.westlandDraft("Eigen paragraaf");
        SectionView extra = TestCaller.as(OFFICER, () -> documents.addSection(draft.id(), "Per ongeluk"));
        SectionView renamed = TestCaller.as(OFFICER, () -> documents.renameSection(extra.id(), extra.version(),
                "Huisvesting in de kassen"));
        assertThat(renamed.title()).isEqualTo("Huisvesting in de kassen");
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> documents.removeSection(extra.id(), extra.version()))
                .isInstanceOf(ConcurrentChangeException.class));
        SectionView numbers = section(draft, LearningGoal.NUMBERS);
        TestCaller.as(OFFICER, () -> {
            for (ThrowingCallable twin : List.<ThrowingCallable>of(
                    () -> documents.addSection(draft.id(), numbers.title().toUpperCase(java.util.Locale.ROOT)),
                    () -> documents.renameSection(renamed.id(), renamed.version(), " " + numbers.title()))) {
                assertThatThrownBy(twin).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.strategy.section.title-taken"));
            }
            for (ThrowingCallable goalsChapter : List.<ThrowingCallable>of(
                    () -> documents.removeSection(numbers.id(), numbers.version()),
                    () -> documents.renameSection(numbers.id(), numbers.version(), "Anders"))) {
                assertThatThrownBy(goalsChapter).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.strategy.section.goal-stays"));
            }
        });
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> documents.removeSection(renamed.id(),
                renamed.version())).isInstanceOf(AccessRefusedException.class));

        DocumentView after = TestCaller.as(OFFICER, () -> documents.removeSection(renamed.id(), renamed.version()));
        assertThat(after.sections()).extracting(SectionView::id).doesNotContain(extra.id());
        assertThat(after.sections()).hasSameSizeAs(draft.sections());
    }

    @Test
    void scriptsHandlersJavascriptLinksStylesAndImagesAreRemovedAndTheAuthorIsTold() throws Exception {
        DocumentView draft = fixture.westlandDraft("Opmaak");
        SectionView numbers = section(draft, LearningGoal.NUMBERS);
        SectionSaved saved = TestCaller.as(OFFICER, () -> documents.saveSection(numbers.id(), numbers.version(),
                "<p style=\"color:red\" onmouseover=\"steal()\">Cijfers<script>alert(1)</script> "
                        + "<a href=\"javascript:alert(2)\">bron</a> <a href=\"https://cbs.nl\">CBS</a></p>"));
        assertThat(saved.section().html().replaceAll(" rel=\"[a-z ]+\"", ""))
                .isEqualTo("<p>Cijfers bron <a href=\"https://cbs.nl\">CBS</a></p>");
        assertThat(saved.markupRemoved()).isTrue();
        assertThat(saved.imagesRemoved()).isFalse();

        SectionSaved withImage = TestCaller.as(OFFICER, () -> documents.saveSection(numbers.id(),
                saved.section().version(), "<p>Kaart <img src=\"data:image/png;base64,iVBORw0KGgo=\"></p>"));
        assertThat(withImage.section().html()).isEqualTo("<p>Kaart</p>");
        assertThat(withImage.imagesRemoved()).isTrue();
        assertThat(withImage.markupRemoved()).isFalse();
        assertThat(TestCaller.as(COORDINATOR, () -> documents.find(draft.id())).sections())
                .filteredOn(s -> s.id() == numbers.id()).extracting(SectionView::html).containsExactly("<p>Kaart</p>");
    }

    @Test
    void authorsAddReorderAndMarkSectionsNotApplicableAndEachShowsWhoChangedItLast() throws Exception {
        DocumentView draft = fixture.westlandDraft("Hoofdstukken");
        AccountView colleague = fixture.officerOf(WESTLAND);
        SectionView added = TestCaller.as(colleague.email(), () -> documents.addSection(draft.id(), "Financiën"));
        assertThat(added.position()).isEqualTo(draft.sections().size());
        assertThat(added.changedBy()).isEqualTo(colleague.email());

        List<Long> order = new ArrayList<>(draft.sections().stream().map(SectionView::id).toList());
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> documents.reorder(draft.id(), order))
                .isInstanceOf(ConcurrentChangeException.class));
        order.add(added.id());
        Collections.reverse(order);
        DocumentView reordered = TestCaller.as(OFFICER, () -> documents.reorder(draft.id(), order));
        assertThat(reordered.sections()).extracting(SectionView::id).containsExactlyElementsOf(order);

        SectionView forgotten = section(reordered, LearningGoal.FORGOTTEN_PLACES);
        SectionView notApplicable = TestCaller.as(OFFICER, () -> documents.markNotApplicable(forgotten.id(),
                forgotten.version(), "Geen vakantieparken in de gemeente"));
        assertThat(notApplicable.notApplicable()).isTrue();
        assertThat(notApplicable.notApplicableReason()).isEqualTo("Geen vakantieparken in de gemeente");
        assertThat(notApplicable.changedBy()).isEqualTo(OFFICER);
        assertThat(notApplicable.version()).isGreaterThan(forgotten.version());
        SectionView applicable = TestCaller.as(colleague.email(),
                () -> documents.markApplicable(forgotten.id(), notApplicable.version()));
        assertThat(applicable.notApplicable()).isFalse();
        assertThat(applicable.changedBy()).isEqualTo(colleague.email());
    }

    @Test
    void aRegionalAgreementIsWrittenByTheRegionsMembersAndCoordinatorsChangeItsCoAuthors() throws Exception {
        DocumentView agreement = TestCaller.as(COORDINATOR, () -> documents.create(new NewDocument(
                DocumentKind.REGIONAL_AGREEMENT, "Regionale afspraak Haaglanden", null, "Haaglanden",
                Set.of(PolicyField.HOUSING, PolicyField.ECONOMY))));
        assertThat(agreement.region()).isEqualTo("Haaglanden");
        String target = "strategy-document:" + agreement.id();
        assertThat(TestCaller.as(DEMO_AUDITOR.email(), () -> auditReview.names(List.of(target))))
                .as("named in the trail by its region, as a municipality's document by its municipality")
                .containsExactly(Map.entry(target, "Haaglanden · Regionale afspraak Haaglanden"));
        assertThat(agreement.coAuthors()).extracting(c -> c.municipalityName()).contains("Westland", "Delft")
                .doesNotContain("Rotterdam");
        String rotterdam = fixture.officerOf(ROTTERDAM).email();
        SectionView numbers = section(agreement, LearningGoal.NUMBERS);

        SectionSaved byWestland = TestCaller.as(OFFICER, () -> documents.saveSection(numbers.id(), numbers.version(),
                "<p>Samen tellen</p>"));
        TestCaller.as(rotterdam, () -> assertThatThrownBy(() -> documents.find(agreement.id()))
                .isInstanceOf(InvalidInputException.class));
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> documents.addCoAuthor(agreement.id(), ROTTERDAM))
                .isInstanceOf(AccessRefusedException.class));

        TestCaller.as(COORDINATOR, () -> documents.addCoAuthor(agreement.id(), ROTTERDAM));
        SectionSaved byRotterdam = TestCaller.as(rotterdam, () -> documents.saveSection(numbers.id(),
                byWestland.section().version(), "<p>Samen tellen, ook met Rotterdam</p>"));
        assertThat(byRotterdam.section().changedBy()).isEqualTo(rotterdam);
        DocumentView removed = TestCaller.as(COORDINATOR, () -> documents.removeCoAuthor(agreement.id(), ROTTERDAM));
        assertThat(removed.coAuthors()).extracting(c -> c.municipalityCode()).doesNotContain(ROTTERDAM);
        TestCaller.as(rotterdam, () -> assertThatThrownBy(() -> documents.find(agreement.id()))
                .isInstanceOf(InvalidInputException.class));
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> documents.addCoAuthor(
                fixture.westlandDraft("Geen afspraak").id(), ROTTERDAM)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("error.strategy.coauthor.not-agreement")));
        TestCaller.as(COORDINATOR, () -> {
            assertThatThrownBy(() -> documents.addCoAuthor(agreement.id(), WESTLAND)).isInstanceOfSatisfying(
                    InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("error.strategy.coauthor.already"));
            assertThatThrownBy(() -> documents.removeCoAuthor(agreement.id(), ROTTERDAM)).isInstanceOfSatisfying(
                    InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("error.strategy.coauthor.not-one"));
        });
        // the trail says who was added and removed
        assertThat(TestCaller.as(DEMO_AUDITOR.email(), () -> auditReview.search(new AuditFilter(
                "strategy-document:" + agreement.id(), null, "strategy.document.coauthor-removed", null, null, null),
                0, 10)).items()).singleElement().satisfies(entry -> {
                    assertThat(entry.before()).contains(ROTTERDAM);
                    assertThat(entry.after()).doesNotContain(ROTTERDAM).contains(WESTLAND);
                });
        // no one co-author withdraws it for all the others; once withdrawn, it keeps the co-authors it had
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> workflow.withdraw(agreement.id(), "Westland wil niet"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("error.strategy.withdraw.agreement")));
        TestCaller.as(COORDINATOR, () -> workflow.withdraw(agreement.id(), "Opgegaan in de provinciale afspraak"));
        // the agreement's history tells its whole story, its making and co-authors included, to the auditor too
        assertThat(TestCaller.as(DEMO_AUDITOR.email(), () -> workflow.history(agreement.id())))
                .extracting(TransitionView::event, t -> t.coAuthor() == null ? null : t.coAuthor().municipalityName(),
                        TransitionView::to, TransitionView::by)
                .containsExactly(tuple(Event.CREATED, null, DocumentStatus.DRAFT, COORDINATOR),
                        tuple(Event.COAUTHOR_ADDED, "Rotterdam", DocumentStatus.DRAFT, COORDINATOR),
                        tuple(Event.COAUTHOR_REMOVED, "Rotterdam", DocumentStatus.DRAFT, COORDINATOR),
                        tuple(Event.STEP, null, DocumentStatus.WITHDRAWN, COORDINATOR));
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> documents.addCoAuthor(agreement.id(), ROTTERDAM))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.strategy.coauthor.settled")));
    }
}
