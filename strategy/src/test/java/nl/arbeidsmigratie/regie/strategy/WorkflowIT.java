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

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.Datasource;
import nl.arbeidsmigratie.regie.platform.api.DutchDates;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.AccountAdministration;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;
import nl.arbeidsmigratie.regie.registration.api.PolicyPhase;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.strategy.api.Adoption;
import nl.arbeidsmigratie.regie.strategy.api.AdoptionBody;
import nl.arbeidsmigratie.regie.strategy.api.CommentView;
import nl.arbeidsmigratie.regie.strategy.api.Comparison;
import nl.arbeidsmigratie.regie.strategy.api.DocumentDetails;
import nl.arbeidsmigratie.regie.strategy.api.DocumentStatus;
import nl.arbeidsmigratie.regie.strategy.api.DocumentSummary;
import nl.arbeidsmigratie.regie.strategy.api.DocumentVersions;
import nl.arbeidsmigratie.regie.strategy.api.DocumentView;
import nl.arbeidsmigratie.regie.strategy.api.DocumentWorkflow;
import nl.arbeidsmigratie.regie.strategy.api.OverviewRow;
import nl.arbeidsmigratie.regie.strategy.api.ProvinceOverview;
import nl.arbeidsmigratie.regie.strategy.api.ReviewComments;
import nl.arbeidsmigratie.regie.strategy.api.RevisedDocument;
import nl.arbeidsmigratie.regie.strategy.api.SectionSaved;
import nl.arbeidsmigratie.regie.strategy.api.SectionView;
import nl.arbeidsmigratie.regie.strategy.api.StrategyDocuments;
import nl.arbeidsmigratie.regie.strategy.api.TransitionView;
import nl.arbeidsmigratie.regie.strategy.api.TransitionView.Event;
import nl.arbeidsmigratie.regie.strategy.api.VersionSummary;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.container.Mailbox;
import nl.arbeidsmigratie.regie.testing.container.Sql;
import nl.arbeidsmigratie.regie.testing.container.TestCaller;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The workflow of a document on Payara Micro and PostgreSQL: submit, back to draft with comments, adopt with the
 * adoption details, withdraw, new revision; each step audited and mailed in the recipient's language.
 */
@ExtendWith(ArquillianExtension.class)
class WorkflowIT {

    private static final Duration MAIL = Duration.ofSeconds(30);
    private static final String BOTTLENECKS = "Seizoenswerkers wonen in kassen en bedrijfspanden; de gemeente heeft "
            + "geen zicht op aantallen en de woonkwaliteit is vaak onder de maat.";

    @Deployment
    static WebArchive deployment() {
        return Deployments.moduleUnderTest(WorkflowIT.class);
    }

    @Inject
    ProvinceOverview overview;

    @Inject
    StrategyDocuments documents;

    @Inject
    DocumentVersions versions;

    @Inject
    DocumentWorkflow workflow;

    @Inject
    ReviewComments comments;

    @Inject
    AccountAdministration administration;

    @Inject
    StrategyFixture fixture;

    @Resource(lookup = Datasource.JNDI_NAME)
    DataSource dataSource;

    @Test
    void fromDraftThroughReviewToAdoptedEachStepAuditedAndMailedInTheRecipientsLanguage() throws Exception {
        fixture.westlandEnrolment(Set.of(LearningGoal.NUMBERS), BOTTLENECKS);
        AccountView english = fixture.account(Role.OFFICER, WESTLAND, "en");
        AccountView reviewer = fixture.account(Role.COORDINATOR, null, "nl");
        DocumentView draft = fixture.westlandDraft("Visie Westland " + reviewer.id());
        SectionView numbers = section(draft, LearningGoal.NUMBERS);
        TestCaller.as(OFFICER, () -> {
            assertThatThrownBy(() -> workflow.submit(draft.id())).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("error.strategy.reviewer.required"));
            DocumentView described = documents.describe(draft.id(), new DocumentDetails(draft.title(),
                    draft.policyFields(), " " + reviewer.email().toUpperCase(Locale.ROOT), draft.version()));
            assertThat(described.reviewerEmail()).as("as the account spells it").isEqualTo(reviewer.email());
            assertThat(documents.describe(draft.id(), new DocumentDetails(draft.title(), draft.policyFields(),
                    reviewer.email(), draft.version())).version()).as("repeated after its answer was lost")
                    .isEqualTo(described.version());
            documents.saveSection(numbers.id(), numbers.version(), "<p>Eerste tekst</p>");
        });

        DocumentView submitted = TestCaller.as(OFFICER, () -> workflow.submit(draft.id()));
        assertThat(submitted.status()).isEqualTo(DocumentStatus.IN_REVIEW);
        assertThat(submitted.editable()).isFalse();
        assertThat(submitted.latestVersion()).isEqualTo(1);
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> documents.saveSection(numbers.id(), numbers.version() + 1,
                "<p>Tijdens review</p>")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.strategy.document.read-only")));
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> workflow.sendBack(draft.id(), "zelf"))
                .isInstanceOf(AccessRefusedException.class));
        assertThat(Mailbox.await(reviewer.email(), "Ter review: " + draft.title(), MAIL).text())
                .contains("versie 1", "/app/strategy/document.xhtml?id=" + draft.id());
        assertThat(Mailbox.await(english.email(), "For review: " + draft.title(), MAIL).text())
                .contains("submitted the strategy document");

        TestCaller.as(reviewer.email(), () -> assertThatThrownBy(() -> workflow.sendBack(draft.id(), "  "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.strategy.reason.required")));
        CommentView onFirst = TestCaller.as(reviewer.email(), () -> comments.add(draft.id(), numbers.id(),
                "Eerste tekst", "Welke bron?"));
        assertThat(onFirst.quoteChanged()).isFalse();
        DocumentView back = TestCaller.as(reviewer.email(), () -> workflow.sendBack(draft.id(),
                "Voeg de RNI-cijfers toe."));
        assertThat(back.status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(Mailbox.await(OFFICER, "Terug naar concept: " + draft.title(), MAIL).text())
                .contains("Voeg de RNI-cijfers toe.");
        assertThat(Mailbox.of(reviewer.email())).as("who took the step is not told of it")
                .noneMatch(mail -> mail.subject().contains("Terug naar concept: " + draft.title()));
        SectionView again = section(TestCaller.as(OFFICER, () -> documents.find(draft.id())), LearningGoal.NUMBERS);
        TestCaller.as(OFFICER, () -> documents.saveSection(again.id(), again.version(), "<p>Met RNI</p>"));
        CommentView revised = TestCaller.as(OFFICER, () -> comments.list(draft.id())).stream()
                .filter(c -> c.id() == onFirst.id()).findFirst().orElseThrow();
        assertThat(revised.quoteChanged()).as("the passage quoted is no longer in the revised text").isTrue();
        TestCaller.as(reviewer.email(), () -> comments.resolve(revised.id(), revised.version()));
        TestCaller.as(OFFICER, () -> workflow.submit(draft.id()));

        for (Adoption bad : new Adoption[] {null, new Adoption(null, LocalDate.now(), "2026-17"),
                new Adoption(AdoptionBody.COUNCIL, LocalDate.now().plusDays(3), "2026-17"),
                new Adoption(AdoptionBody.COUNCIL, LocalDate.of(1000, 1, 1), "2026-17"),
                new Adoption(AdoptionBody.COUNCIL, LocalDate.now(), " ")}) {
            TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> workflow.adopt(draft.id(), bad))
                    .isInstanceOf(InvalidInputException.class));
        }
        // a form sent empty is told every field it lacks at once
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> workflow.adopt(draft.id(), new Adoption(null, null,
                null))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.all())
                .extracting(InvalidInputException::field).containsExactly("body", "date", "reference")));
        assertThat(TestCaller.as(COORDINATOR, () -> documents.find(draft.id())).status())
                .isEqualTo(DocumentStatus.IN_REVIEW);
        DocumentView adopted = TestCaller.as(COORDINATOR, () -> workflow.adopt(draft.id(),
                new Adoption(AdoptionBody.COUNCIL, LocalDate.of(2026, 11, 26), "Raadsbesluit 2026-117")));
        assertThat(adopted.status()).isEqualTo(DocumentStatus.ADOPTED);
        assertThat(adopted.adoption()).isEqualTo(new Adoption(AdoptionBody.COUNCIL, LocalDate.of(2026, 11, 26),
                "Raadsbesluit 2026-117"));
        assertThat(Mailbox.await(english.email(), "Adopted: " + draft.title(), MAIL).text()).contains("version 2")
                .contains("by the municipal council on 26-11-2026, decision Raadsbesluit 2026-117")
                .doesNotContain("replaces");

        // The auditor sees who took each step and when; what the review said stays with the authors and the province.
        assertThat(TestCaller.as(DEMO_AUDITOR.email(), () -> workflow.history(draft.id())))
                .allSatisfy(step -> assertThat(step.by()).isNotNull())
                .extracting(TransitionView::to, TransitionView::comment, TransitionView::versionNumber)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DocumentStatus.DRAFT, null, null),
                        org.assertj.core.groups.Tuple.tuple(DocumentStatus.IN_REVIEW, null, 1),
                        org.assertj.core.groups.Tuple.tuple(DocumentStatus.DRAFT, null, null),
                        org.assertj.core.groups.Tuple.tuple(DocumentStatus.IN_REVIEW, null, 2),
                        org.assertj.core.groups.Tuple.tuple(DocumentStatus.ADOPTED, null, 2));
        assertThat(TestCaller.as(COORDINATOR, () -> workflow.history(draft.id()))).extracting(TransitionView::comment)
                .contains("Voeg de RNI-cijfers toe.");
        // the history begins with the document's creation, by whom and when
        assertThat(TestCaller.as(COORDINATOR, () -> workflow.history(draft.id()))).first()
                .extracting(TransitionView::event, TransitionView::from, TransitionView::by, TransitionView::at)
                .containsExactly(Event.CREATED, null, OFFICER, draft.createdAt());
        assertThat(Sql.count(dataSource, "select count(*) from platform.audit_entry where target = ?"
                + " and coalesce(before_json, '') || coalesce(after_json, '') like '%RNI-cijfers%'",
                "strategy-document:" + draft.id())).as("the audit trail, which auditors read, holds no review text")
                .isZero();
        // Another municipality reads the adopted document and when it went through review, not the review itself.
        assertThat(TestCaller.as(fixture.officerOf(ROTTERDAM).email(), () -> workflow.history(draft.id())))
                .extracting(TransitionView::to, TransitionView::by, TransitionView::comment)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DocumentStatus.DRAFT, null, null),
                        org.assertj.core.groups.Tuple.tuple(DocumentStatus.IN_REVIEW, null, null),
                        org.assertj.core.groups.Tuple.tuple(DocumentStatus.DRAFT, null, null),
                        org.assertj.core.groups.Tuple.tuple(DocumentStatus.IN_REVIEW, null, null),
                        org.assertj.core.groups.Tuple.tuple(DocumentStatus.ADOPTED, null, null));
        // nor a number of a version other than the adopted one, which it could not open
        int adoptedVersion = TestCaller.as(fixture.officerOf(ROTTERDAM).email(), () -> versions.list(draft.id()))
                .get(0).number();
        assertThat(TestCaller.as(fixture.officerOf(ROTTERDAM).email(), () -> workflow.history(draft.id())))
                .extracting(TransitionView::versionNumber).filteredOn(java.util.Objects::nonNull).isNotEmpty()
                .containsOnly(adoptedVersion);
        assertThat(TestCaller.as(OFFICER, () -> workflow.history(draft.id()))).extracting(TransitionView::comment)
                .contains("Voeg de RNI-cijfers toe.");
        assertThat(Sql.count(dataSource, "select count(*) from platform.audit_entry where target = ? and action in "
                + "('strategy.document.in_review', 'strategy.document.draft', 'strategy.document.adopted')",
                "strategy-document:" + draft.id())).isEqualTo(4);
    }

    @Test
    void anAdoptedDocumentIsReadOnlyReadByEveryoneAndOnlyItsAdoptedVersionIsShownToOthers() throws Exception {
        DocumentView adopted = adoptedWestlandDocument("Vastgesteld kader");
        SectionView numbers = section(adopted, LearningGoal.NUMBERS);
        String rotterdam = fixture.officerOf(ROTTERDAM).email();

        TestCaller.as(OFFICER, () -> {
            assertThatThrownBy(() -> documents.saveSection(numbers.id(), numbers.version(), "<p>Later</p>"))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.strategy.document.read-only"));
            assertThatThrownBy(() -> documents.addSection(adopted.id(), "Nog een"))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> workflow.withdraw(adopted.id(), "weg"))
                    .isInstanceOf(InvalidInputException.class);
        });
        assertThat(TestCaller.as(rotterdam, () -> documents.list())).extracting(DocumentSummary::id)
                .contains(adopted.id());
        DocumentView seenByRotterdam = TestCaller.as(rotterdam, () -> documents.find(adopted.id()));
        assertThat(seenByRotterdam.contentVisible()).isTrue();
        assertThat(seenByRotterdam.editable()).isFalse();
        // who wrote and reviewed it is the municipality's to know, as its contacts' addresses are
        assertThat(adopted.createdBy()).isNotNull();
        assertThat(seenByRotterdam.createdBy()).isNull();
        assertThat(seenByRotterdam.reviewerEmail()).isNull();
        assertThat(seenByRotterdam.sections()).isNotEmpty().extracting(SectionView::changedBy).containsOnlyNulls();
        assertThat(TestCaller.as(rotterdam, () -> versions.find(adopted.id(), adopted.latestVersion())).sections())
                .extracting(SectionView::changedBy).containsOnlyNulls();
        Comparison compared = TestCaller.as(rotterdam, () -> versions.compare(adopted.id(), adopted.latestVersion(),
                adopted.latestVersion()));
        assertThat(compared.before().createdBy()).isNull();
        assertThat(compared.after().createdBy()).isNull();
        assertThat(TestCaller.as(rotterdam, () -> versions.list(adopted.id()))).extracting(VersionSummary::number,
                VersionSummary::createdBy).containsExactly(org.assertj.core.groups.Tuple.tuple(adopted.latestVersion(),
                null));
        assertThat(TestCaller.as(DEMO_AUDITOR.email(), () -> versions.list(adopted.id())))
                .extracting(VersionSummary::number).containsExactly(adopted.latestVersion());
        assertThat(TestCaller.as(OFFICER, () -> versions.list(adopted.id()))).hasSize(adopted.latestVersion());
        TestCaller.as(rotterdam, () -> assertThatThrownBy(() -> workflow.newRevision(adopted.id()))
                .isInstanceOf(AccessRefusedException.class));

        DocumentView revision = TestCaller.as(OFFICER, () -> workflow.newRevision(adopted.id()));
        assertThat(revision.status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(revision.revisionOf()).isEqualTo(adopted.id());
        assertThat(revision.reviewerEmail()).as("reviewed by whom the document was").isEqualTo(adopted.reviewerEmail())
                .isNotNull();
        assertThat(revision.editable()).isTrue();
        assertThat(section(revision, LearningGoal.NUMBERS).html()).isEqualTo("<p>Vastgestelde tekst</p>");
        // the adopted document stays in force, and on the province's overview, while its revision is drafted
        assertThat(TestCaller.as(COORDINATOR, () -> overview.rows(null, null)))
                .extracting(OverviewRow::documentId).contains(adopted.id(), revision.id());
        TestCaller.as(rotterdam, () -> assertThatThrownBy(() -> documents.find(revision.id()))
                .isInstanceOf(InvalidInputException.class));
        // a second click starts no second draft beside the first
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> workflow.newRevision(adopted.id()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.strategy.revision.exists")));
    }

    @Test
    void aRevisionNamesTheDocumentItRevisesAndKeepsWhoLastWroteEachChapterUntilChangedInIt() throws Exception {
        DocumentView adopted = adoptedWestlandDocument("Te herzien " + UUID.randomUUID());
        List<SectionView> written = TestCaller.as(OFFICER, () -> documents.find(adopted.id())).sections();
        AccountView colleague = fixture.officerOf(WESTLAND);

        DocumentView revision = TestCaller.as(colleague.email(), () -> workflow.newRevision(adopted.id()));
        // the two share a title: the revision names the one it revises and when that was adopted
        RevisedDocument revised = new RevisedDocument(adopted.id(), adopted.title(), adopted.adoption().date());
        assertThat(revision.revises()).isEqualTo(revised);
        assertThat(Sql.count(dataSource, "select count(*) from platform.audit_entry where target = ?"
                + " and action = 'strategy.document.revision-started' and after_json like ?",
                "strategy-document:" + revision.id(), "%\"revises\":{%\"id\":" + adopted.id() + "%"))
                .as("the trail says what the revision revises").isOne();
        assertThat(TestCaller.as(OFFICER, () -> documents.find(adopted.id())).revises()).isNull();
        assertThat(TestCaller.as(OFFICER, () -> documents.list())).filteredOn(d -> d.title().equals(adopted.title()))
                .extracting(DocumentSummary::id, DocumentSummary::revises)
                .containsExactlyInAnyOrder(tuple(adopted.id(), null), tuple(revision.id(), revised));
        assertThat(TestCaller.as(COORDINATOR, () -> overview.rows(null, null)))
                .filteredOn(row -> adopted.title().equals(row.title()))
                .extracting(OverviewRow::documentId, OverviewRow::revises)
                .containsExactlyInAnyOrder(tuple(adopted.id(), null), tuple(revision.id(), revised));

        // copying the adopted text writes none of it: each chapter was last changed by whoever wrote it, when they did
        List<SectionView> copied = TestCaller.as(colleague.email(), () -> documents.find(revision.id())).sections();
        assertThat(copied).extracting(SectionView::title, SectionView::changedBy, SectionView::changedAt)
                .containsExactlyElementsOf(written.stream()
                        .map(s -> tuple(s.title(), s.changedBy(), s.changedAt())).toList());
        assertThat(written).extracting(SectionView::changedBy).containsOnly(OFFICER);
        SectionView numbers = section(revision, LearningGoal.NUMBERS);
        SectionView rewritten = TestCaller.as(colleague.email(), () -> documents.saveSection(numbers.id(),
                numbers.version(), "<p>Herziene tekst</p>")).section();
        assertThat(rewritten.changedBy()).isEqualTo(colleague.email());
        assertThat(rewritten.changedAt()).isAfter(section(adopted, LearningGoal.NUMBERS).changedAt());
        // who started the revision, and when, its history says
        assertThat(TestCaller.as(OFFICER, () -> workflow.history(revision.id()))).first()
                .extracting(TransitionView::event, TransitionView::by)
                .containsExactly(Event.CREATED, colleague.email());
    }

    @Test
    void onAdoptionTheEnrolmentPhaseCanBeSetToPolicyAdopted() throws Exception {
        fixture.westlandEnrolment(Set.of(LearningGoal.ONE_VISION), BOTTLENECKS);
        DocumentView adopted = adoptedWestlandDocument("Fase bijwerken");

        var offered = TestCaller.as(OFFICER, () -> workflow.enrolmentToMarkAdopted(adopted.id()));
        assertThat(offered).isPresent();
        assertThat(offered.get().policyPhase()).isEqualTo(PolicyPhase.VISION_IN_DEVELOPMENT);
        assertThat(TestCaller.as(fixture.officerOf(ROTTERDAM).email(),
                () -> workflow.enrolmentToMarkAdopted(adopted.id()))).isEmpty();
        assertThat(TestCaller.as(OFFICER, () -> workflow.markEnrolmentPolicyAdopted(adopted.id())).policyPhase())
                .isEqualTo(PolicyPhase.POLICY_ADOPTED);
        assertThat(TestCaller.as(COORDINATOR, () -> workflow.enrolmentToMarkAdopted(adopted.id()))).isEmpty();
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> workflow.markEnrolmentPolicyAdopted(adopted.id()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.strategy.enrolment.nothing-to-mark")));
    }

    @Test
    void anAdoptedRevisionIsMailedAsReplacingTheDocumentWhichNoLongerSetsTheEnrolmentPhase() throws Exception {
        fixture.westlandEnrolment(Set.of(LearningGoal.ONE_VISION), BOTTLENECKS);
        DocumentView adopted = adoptedWestlandDocument("Te herzien " + UUID.randomUUID());
        DocumentView revision = TestCaller.as(OFFICER, () -> workflow.newRevision(adopted.id()));
        SectionView numbers = section(revision, LearningGoal.NUMBERS);
        TestCaller.as(OFFICER, () -> {
            documents.saveSection(numbers.id(), numbers.version(), "<p>Herziene tekst</p>");
            return workflow.submit(revision.id());
        });
        TestCaller.as(COORDINATOR, () -> workflow.adopt(revision.id(),
                new Adoption(AdoptionBody.COUNCIL, LocalDate.now(DutchTime.ZONE), "Raadsbesluit 2026-200")));

        String adoptedOn = DutchDates.DATE.format(LocalDate.now(DutchTime.ZONE));
        Awaitility.await().atMost(MAIL).untilAsserted(() -> assertThat(Mailbox.of(OFFICER))
                .filteredOn(mail -> mail.subject().equals("Vastgesteld: " + adopted.title() + " (Westland)"))
                .anySatisfy(mail -> assertThat(mail.text())
                        .contains("door de gemeenteraad op " + adoptedOn + ", besluit Raadsbesluit 2026-200")
                        .contains("Het vervangt \"" + adopted.title() + "\", vastgesteld op " + adoptedOn
                                + ", dat niet meer van kracht is.")));
        // the document replaced says nothing of the policy now: the revision sets the enrolment's phase
        assertThat(TestCaller.as(OFFICER, () -> workflow.enrolmentToMarkAdopted(adopted.id()))).isEmpty();
        assertThat(TestCaller.as(COORDINATOR, () -> workflow.enrolmentToMarkAdopted(adopted.id()))).isEmpty();
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> workflow.markEnrolmentPolicyAdopted(adopted.id()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.strategy.enrolment.replaced")));
        assertThat(TestCaller.as(OFFICER, () -> workflow.enrolmentToMarkAdopted(revision.id()))).isPresent();
        assertThat(TestCaller.as(OFFICER, () -> workflow.history(revision.id()))).first()
                .extracting(TransitionView::event).isEqualTo(Event.CREATED);
    }

    @Test
    void aReviewerDeactivatedMeanwhileIsRefusedAndAnotherCoordinatorDecides() throws Exception {
        AccountView reviewer = fixture.account(Role.COORDINATOR, null, "nl");
        DocumentView draft = fixture.westlandDraft("Reviewer weg");
        TestCaller.as(OFFICER, () -> documents.describe(draft.id(), new DocumentDetails(draft.title(), Set.of(),
                reviewer.email(), draft.version())));
        TestCaller.as(COORDINATOR, () -> administration.deactivate(reviewer.id()));

        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> workflow.submit(draft.id()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.strategy.reviewer.inactive")));
        assertThat(TestCaller.as(OFFICER, () -> documents.find(draft.id())).status()).isEqualTo(DocumentStatus.DRAFT);
        DocumentView current = TestCaller.as(OFFICER, () -> documents.find(draft.id()));
        TestCaller.as(OFFICER, () -> documents.describe(draft.id(), new DocumentDetails(draft.title(), Set.of(),
                COORDINATOR, current.version())));
        TestCaller.as(OFFICER, () -> workflow.submit(draft.id()));
        TestCaller.as(reviewer.email(), () -> assertThatThrownBy(() -> workflow.sendBack(draft.id(), "mag niet"))
                .isInstanceOf(AccessRefusedException.class));
        assertThat(TestCaller.as(COORDINATOR, () -> workflow.sendBack(draft.id(), "Graag aanvullen")).status())
                .isEqualTo(DocumentStatus.DRAFT);
    }

    @Test
    void authorsWithdrawTheirDraftCoordinatorsAlsoOneInReview() throws Exception {
        DocumentView draft = fixture.westlandDraft("Intrekken");
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> workflow.withdraw(draft.id(), " "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.strategy.reason.required")));
        DocumentView withdrawn = TestCaller.as(OFFICER, () -> workflow.withdraw(draft.id(), "Dubbel aangemaakt"));
        assertThat(withdrawn.status()).isEqualTo(DocumentStatus.WITHDRAWN);
        assertThat(withdrawn.editable()).isFalse();

        DocumentView inReview = submittedWestlandDocument("In review intrekken");
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> workflow.withdraw(inReview.id(), "toch niet"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.strategy.document.read-only")));
        assertThat(TestCaller.as(COORDINATOR, () -> workflow.withdraw(inReview.id(), "Vervangen door regionale afspraak"))
                .status()).isEqualTo(DocumentStatus.WITHDRAWN);
        assertThat(TestCaller.as(DEMO_AUDITOR.email(), () -> workflow.history(inReview.id())))
                .extracting(TransitionView::to).containsExactly(DocumentStatus.DRAFT, DocumentStatus.IN_REVIEW,
                        DocumentStatus.WITHDRAWN);
    }

    @Test
    void authorsTakeTheirDocumentBackFromReviewUntilTheReviewerComments() throws Exception {
        DocumentView submitted = submittedWestlandDocument("Te vroeg ingediend");
        String rotterdam = fixture.officerOf(ROTTERDAM).email();
        TestCaller.as(rotterdam, () -> assertThatThrownBy(() -> workflow.recall(submitted.id()))
                .isInstanceOf(InvalidInputException.class));
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> workflow.recall(submitted.id()))
                .isInstanceOf(AccessRefusedException.class));

        assertThat(TestCaller.as(OFFICER, () -> workflow.recallable(submitted.id()))).isTrue();
        assertThat(TestCaller.as(COORDINATOR, () -> workflow.recallable(submitted.id()))).isFalse();
        DocumentView back = TestCaller.as(OFFICER, () -> workflow.recall(submitted.id()));
        assertThat(TestCaller.as(OFFICER, () -> workflow.recallable(submitted.id()))).isFalse();
        assertThat(back.status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(back.editable()).isTrue();
        assertThat(Mailbox.await(COORDINATOR, "Teruggenomen uit review: " + submitted.title(), MAIL).text())
                .contains("teruggenomen uit de review");
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> workflow.recall(submitted.id()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.strategy.recall.not-in-review")));

        // submitted again, with a note the reviewer reads in the history and the mail; once the reviewer has begun,
        // only the reviewer sends it back
        TestCaller.as(OFFICER, () -> workflow.submit(submitted.id(), "  Cijfers over 2025 toegevoegd. "));
        Awaitility.await().atMost(MAIL).untilAsserted(() -> assertThat(Mailbox.of(COORDINATOR))
                .filteredOn(mail -> mail.subject().contains("Ter review: " + submitted.title()))
                .anySatisfy(mail -> assertThat(mail.text())
                        .contains("met deze toelichting:", "Cijfers over 2025 toegevoegd.")));
        SectionView numbers = section(TestCaller.as(OFFICER, () -> documents.find(submitted.id())),
                LearningGoal.NUMBERS);
        TestCaller.as(COORDINATOR, () -> comments.add(submitted.id(), numbers.id(), null, "Graag cijfers erbij."));
        assertThat(TestCaller.as(OFFICER, () -> workflow.recallable(submitted.id()))).isFalse();
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> workflow.recall(submitted.id()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.strategy.recall.review-begun")));
        assertThat(TestCaller.as(OFFICER, () -> workflow.history(submitted.id()))).extracting(TransitionView::to,
                TransitionView::comment).containsExactly(tuple(DocumentStatus.DRAFT, null),
                tuple(DocumentStatus.IN_REVIEW, null),
                tuple(DocumentStatus.DRAFT, null), tuple(DocumentStatus.IN_REVIEW, "Cijfers over 2025 toegevoegd."));
    }

    @Test
    void submittingRightAfterSavingAVersionHandsOnThatVersionAndAnyChangeSinceAsANewOne() throws Exception {
        DocumentView draft = fixture.westlandDraft("Net bewaard");
        SectionView numbers = section(draft, LearningGoal.NUMBERS);
        TestCaller.as(OFFICER, () -> {
            documents.describe(draft.id(), new DocumentDetails(draft.title(), Set.of(), COORDINATOR, draft.version()));
            SectionSaved outline = documents.saveSection(numbers.id(), numbers.version(), "<p>Opzet</p>");
            versions.save(draft.id(), "Opzet");
            documents.saveSection(numbers.id(), outline.section().version(), "<p>Eerste tekst</p>");
            return versions.save(draft.id(), "Eerste versie");
        });
        int saved = TestCaller.as(OFFICER, () -> versions.list(draft.id())).size();

        TestCaller.as(OFFICER, () -> workflow.submit(draft.id()));
        assertThat(TestCaller.as(OFFICER, () -> versions.list(draft.id()))).as("no copy of the saved version")
                .hasSize(saved).last().extracting(VersionSummary::note).isEqualTo("Eerste versie");
        assertThat(Sql.count(dataSource, "select count(*) from platform.audit_entry where target = ?"
                + " and coalesce(before_json, '') || coalesce(after_json, '') like '%Eerste versie%'",
                "strategy-document:" + draft.id())).as("the audit trail, which auditors read, holds no version note")
                .isZero();
        assertThat(TestCaller.as(OFFICER, () -> workflow.history(draft.id()))).last()
                .extracting(TransitionView::versionNumber).isEqualTo(saved);

        TestCaller.as(OFFICER, () -> workflow.recall(draft.id()));
        SectionView reopened = section(TestCaller.as(OFFICER, () -> documents.find(draft.id())), LearningGoal.NUMBERS);
        TestCaller.as(OFFICER, () -> {
            documents.saveSection(reopened.id(), reopened.version(), "<p>Tweede tekst</p>");
            return workflow.submit(draft.id());
        });
        assertThat(TestCaller.as(OFFICER, () -> versions.list(draft.id()))).as("a changed text is a new version")
                .hasSize(saved + 1);
        // the list says which versions went to the reviewer: not the outline saved before
        assertThat(TestCaller.as(COORDINATOR, () -> versions.list(draft.id())))
                .extracting(VersionSummary::number, VersionSummary::submitted)
                .containsExactly(tuple(1, false), tuple(2, true), tuple(3, true));
        assertThat(TestCaller.as(OFFICER, () -> versions.find(draft.id(), 2)).summary().submitted()).isTrue();
    }

    private DocumentView submittedWestlandDocument(String title) throws Exception {
        DocumentView draft = fixture.westlandDraft(title);
        SectionView numbers = section(draft, LearningGoal.NUMBERS);
        return TestCaller.as(OFFICER, () -> {
            documents.describe(draft.id(), new DocumentDetails(title, Set.of(), COORDINATOR, draft.version()));
            documents.saveSection(numbers.id(), numbers.version(), "<p>Vastgestelde tekst</p>");
            return workflow.submit(draft.id());
        });
    }

    private DocumentView adoptedWestlandDocument(String title) throws Exception {
        DocumentView submitted = submittedWestlandDocument(title);
        return TestCaller.as(COORDINATOR, () -> workflow.adopt(submitted.id(),
                new Adoption(AdoptionBody.COLLEGE, LocalDate.now(DutchTime.ZONE), "B&W-besluit 2026/4411")));
    }
}
