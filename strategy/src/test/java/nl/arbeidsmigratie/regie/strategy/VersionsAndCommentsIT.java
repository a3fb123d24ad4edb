package nl.arbeidsmigratie.regie.strategy;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_AUDITOR;
import static nl.arbeidsmigratie.regie.strategy.StrategyFixture.COORDINATOR;
import static nl.arbeidsmigratie.regie.strategy.StrategyFixture.OFFICER;
import static nl.arbeidsmigratie.regie.strategy.StrategyFixture.ROTTERDAM;
import static nl.arbeidsmigratie.regie.strategy.StrategyFixture.section;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;
import nl.arbeidsmigratie.regie.strategy.api.Adoption;
import nl.arbeidsmigratie.regie.strategy.api.AdoptionBody;
import nl.arbeidsmigratie.regie.strategy.api.CommentView;
import nl.arbeidsmigratie.regie.strategy.api.Comparison;
import nl.arbeidsmigratie.regie.strategy.api.DiffPart;
import nl.arbeidsmigratie.regie.strategy.api.DiffPart.Kind;
import nl.arbeidsmigratie.regie.strategy.api.DocumentDetails;
import nl.arbeidsmigratie.regie.strategy.api.DocumentStatus;
import nl.arbeidsmigratie.regie.strategy.api.DocumentVersions;
import nl.arbeidsmigratie.regie.strategy.api.DocumentView;
import nl.arbeidsmigratie.regie.strategy.api.DocumentWorkflow;
import nl.arbeidsmigratie.regie.strategy.api.OpenCommentsException;
import nl.arbeidsmigratie.regie.strategy.api.ReviewComments;
import nl.arbeidsmigratie.regie.strategy.api.SectionComparison;
import nl.arbeidsmigratie.regie.strategy.api.SectionView;
import nl.arbeidsmigratie.regie.strategy.api.StrategyDocuments;
import nl.arbeidsmigratie.regie.strategy.api.VersionSummary;
import nl.arbeidsmigratie.regie.strategy.api.VersionView;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.container.TestCaller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Comparing and restoring versions, and review comments that block adoption while open. */
@ExtendWith(ArquillianExtension.class)
class VersionsAndCommentsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.moduleUnderTest(VersionsAndCommentsIT.class);
    }

    @Inject
    StrategyDocuments documents;

    @Inject
    DocumentVersions versions;

    @Inject
    DocumentWorkflow workflow;

    @Inject
    ReviewComments comments;

    @Inject
    StrategyFixture fixture;

    @Test
    void twoVersionsCompareWordByWordPerSectionWithUnchangedSectionsMarked() throws Exception {
        DocumentView draft = fixture.westlandDraft("Vergelijken");
        SectionView numbers = section(draft, LearningGoal.NUMBERS);
        SectionView forgotten = section(draft, LearningGoal.FORGOTTEN_PLACES);
        TestCaller.as(OFFICER, () -> {
            documents.saveSection(numbers.id(), numbers.version(), "<p>Wij bouwen 200 woningen.</p>");
            versions.save(draft.id(), null);
            SectionView now = section(documents.find(draft.id()), LearningGoal.NUMBERS);
            documents.saveSection(now.id(), now.version(), "<p>Wij bouwen 350 woningen.</p>");
            documents.markNotApplicable(forgotten.id(), forgotten.version(), "Geen vakantieparken");
            versions.save(draft.id(), "Meer woningen");
            assertThatThrownBy(() -> versions.save(draft.id(), "Meer woningen"))
                    .as("a second click, or nothing changed since: no version equal to the last")
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("error.strategy.version.unchanged");
                        assertThat(e.arguments()).containsExactly(2);
                        assertThat(e.field()).as("the note is not what is wrong").isNull();
                    });
        });

        Comparison comparison = TestCaller.as(COORDINATOR, () -> versions.compare(draft.id(), 1, 2));
        assertThat(comparison.before().number()).isEqualTo(1);
        assertThat(comparison.after().note()).isEqualTo("Meer woningen");
        SectionComparison numbersCompared = compared(comparison, numbers.id());
        assertThat(numbersCompared.changed()).isTrue();
        assertThat(numbersCompared.parts()).containsExactly(new DiffPart(Kind.SAME, "Wij bouwen "),
                new DiffPart(Kind.DELETED, "200"), new DiffPart(Kind.INSERTED, "350"),
                new DiffPart(Kind.SAME, " woningen."));
        SectionComparison forgottenCompared = compared(comparison, forgotten.id());
        assertThat(forgottenCompared.changed()).isTrue();
        assertThat(forgottenCompared.notApplicableBefore()).isFalse();
        assertThat(forgottenCompared.notApplicableAfter()).isTrue();
        assertThat(comparison.sections()).filteredOn(SectionComparison::changed).hasSize(2);

        DocumentView other = fixture.westlandDraft("Ander document");
        TestCaller.as(OFFICER, () -> versions.save(other.id(), null));
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> versions.compare(other.id(), 1, 2))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.strategy.version.unknown")));
        String rotterdam = fixture.officerOf(ROTTERDAM).email();
        TestCaller.as(rotterdam, () -> assertThatThrownBy(() -> versions.compare(draft.id(), 1, 2))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.strategy.document.unknown")));
    }

    @Test
    void restoringAVersionMakesANewOneAndKeepsWhatWasTypedSince() throws Exception {
        DocumentView draft = fixture.westlandDraft("Herstellen");
        SectionView numbers = section(draft, LearningGoal.NUMBERS);
        SectionView typed = TestCaller.as(OFFICER, () -> {
            SectionView first = documents.saveSection(numbers.id(), numbers.version(), "<p>Oorspronkelijk</p>")
                    .section();
            SectionView own = documents.addSection(draft.id(), "Bijlage");
            SectionView gone = documents.addSection(draft.id(), "Verwijderd");
            versions.save(draft.id(), null);
            documents.renameSection(own.id(), own.version(), "Bijlage A");
            documents.removeSection(gone.id(), gone.version());
            List<Long> reversed = new java.util.ArrayList<>(documents.find(draft.id()).sections().stream()
                    .map(SectionView::id).toList());
            java.util.Collections.reverse(reversed);
            documents.reorder(draft.id(), reversed);
            documents.addSection(draft.id(), "Later toegevoegd");
            return documents.saveSection(numbers.id(), first.version(), "<p>Later getypt</p>").section();
        });

        VersionSummary restored = TestCaller.as(OFFICER, () -> versions.restore(draft.id(), 1, "Terug naar de basis"));
        assertThat(restored.number()).isEqualTo(3);
        assertThat(restored.restoredFrom()).isEqualTo(1);
        assertThat(TestCaller.as(OFFICER, () -> versions.find(draft.id(), 2)).sections())
                .filteredOn(s -> s.id() == numbers.id()).extracting(SectionView::html)
                .containsExactly("<p>Later getypt</p>");
        SectionView now = section(TestCaller.as(OFFICER, () -> documents.find(draft.id())), LearningGoal.NUMBERS);
        assertThat(now.html()).isEqualTo("<p>Oorspronkelijk</p>");
        assertThat(now.version()).isGreaterThan(typed.version());
        // the version restored is version 1 as it was, in its order: its own chapter's title back, one removed since
        // back, one added since gone (all kept in 2)
        VersionView first = TestCaller.as(OFFICER, () -> versions.find(draft.id(), 1));
        VersionView third = TestCaller.as(OFFICER, () -> versions.find(draft.id(), 3));
        assertThat(third.sections()).extracting(SectionView::title, SectionView::html)
                .containsExactlyElementsOf(first.sections().stream()
                        .map(v -> org.assertj.core.groups.Tuple.tuple(v.title(), v.html())).toList());
        assertThat(TestCaller.as(OFFICER, () -> documents.find(draft.id())).sections()).extracting(SectionView::title)
                .containsExactlyElementsOf(first.sections().stream().map(SectionView::title).toList());
        assertThat(TestCaller.as(OFFICER, () -> versions.find(draft.id(), 2)).sections()).extracting(SectionView::title)
                .contains("Bijlage A", "Later toegevoegd").doesNotContain("Verwijderd");
        // compared with version 1 nothing changed, the chapter removed and made again paired by its title; compared
        // with version 2, in the reverse order, all chapters but one moved against the others, each naming its places
        assertThat(TestCaller.as(OFFICER, () -> versions.compare(draft.id(), 1, 3)).sections())
                .hasSize(first.sections().size()).noneMatch(SectionComparison::changed);
        VersionView second = TestCaller.as(OFFICER, () -> versions.find(draft.id(), 2));
        List<SectionComparison> moved = TestCaller.as(OFFICER, () -> versions.compare(draft.id(), 2, 3)).sections()
                .stream().filter(c -> c.movedFrom() != null).toList();
        assertThat(moved).hasSize(first.sections().size() - 2).allSatisfy(c -> {
            assertThat(second.sections().get(c.movedFrom() - 1).id()).isEqualTo(c.sectionId());
            assertThat(third.sections().get(c.movedTo() - 1).id()).isEqualTo(c.sectionId());
        });
        // restoring it again (a double click, a client that retries) makes no version of the same text
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> versions.restore(draft.id(), 1, "Nog eens"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.strategy.version.restored-already")));
        assertThat(TestCaller.as(OFFICER, () -> versions.list(draft.id()))).hasSize(3);

        DocumentView other = fixture.westlandDraft("Niet herstellen");
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> versions.restore(other.id(), 3, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.strategy.version.unknown")));
        assertThat(TestCaller.as(OFFICER, () -> documents.find(other.id())).latestVersion()).isZero();
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> versions.restore(draft.id(), 1, null))
                .isInstanceOf(AccessRefusedException.class));
    }

    @Test
    void openCommentsBlockAdoptionWithHowManyAndWhere() throws Exception {
        DocumentView draft = fixture.westlandDraft("Commentaar");
        SectionView numbers = section(draft, LearningGoal.NUMBERS);
        SectionView rules = section(draft, LearningGoal.LOCAL_RULES);
        TestCaller.as(OFFICER, () -> {
            documents.describe(draft.id(), new DocumentDetails(draft.title(), Set.of(), COORDINATOR, draft.version()));
            documents.saveSection(numbers.id(), numbers.version(), "<p>Er wonen 4.500&nbsp;arbeidsmigranten, volgens "
                    + "<a href=\"https://www.cbs.nl\">het CBS</a>.</p><ul><li>in Naaldwijk</li><li>in 's-Gravenzande</li></ul>");
            workflow.submit(draft.id());
        });
        TestCaller.as(COORDINATOR, () -> {
            assertThatThrownBy(() -> comments.add(draft.id(), numbers.id(), "12.000 mensen", "Klopt dit?"))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.strategy.comment.quote-not-found"));
            assertThatThrownBy(() -> comments.add(draft.id(), numbers.id(), null, " \u00a0"))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.strategy.comment.text.required"));
        });
        CommentView onNumbers = TestCaller.as(COORDINATOR, () -> comments.add(draft.id(), numbers.id(),
                "4.500  arbeidsmigranten", "Welke bron?"));
        assertThat(onNumbers.quote()).as("kept as the section has it, a pasted non-breaking space a space")
                .isEqualTo("4.500 arbeidsmigranten");
        // a passage as a reader selects it on the page: a link by its text, list items without their bullets
        CommentView selected = TestCaller.as(COORDINATOR, () -> comments.add(draft.id(), numbers.id(),
                "volgens het CBS.\nin Naaldwijk\nin 's-Gravenzande", "Welk jaar?"));
        assertThat(selected.quote()).isEqualTo("volgens het CBS. in Naaldwijk in 's-Gravenzande");
        TestCaller.as(COORDINATOR, () -> comments.remove(selected.id(), selected.version()));
        assertThat(TestCaller.as(COORDINATOR, () -> documents.find(draft.id())).lastActivityAt())
                .as("a comment is activity on the document").isAfterOrEqualTo(onNumbers.createdAt());
        CommentView onRules = TestCaller.as(COORDINATOR, () -> comments.add(draft.id(), rules.id(), null,
                "Noem de SNF-normen."));
        // its author puts a typo right or takes a comment back while nobody answered it; nobody else can
        CommentView typo = TestCaller.as(COORDINATOR, () -> comments.add(draft.id(), rules.id(), null, "Noem de SFN-normen"));
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> comments.change(typo.id(), typo.version(), "Anders"))
                .isInstanceOf(AccessRefusedException.class));
        CommentView corrected = TestCaller.as(COORDINATOR, () -> comments.change(typo.id(), typo.version(),
                "Noem de SNF-normen, met bron."));
        assertThat(corrected.text()).isEqualTo("Noem de SNF-normen, met bron.");
        assertThat(typo.changedAt()).isNull();
        assertThat(corrected.changedAt()).isAfterOrEqualTo(typo.createdAt());
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> comments.remove(typo.id(), typo.version()))
                .isInstanceOf(ConcurrentChangeException.class));
        TestCaller.as(COORDINATOR, () -> comments.remove(corrected.id(), corrected.version()));
        assertThat(TestCaller.as(OFFICER, () -> comments.list(draft.id()))).extracting(CommentView::id)
                .doesNotContain(typo.id());
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> comments.reply(onNumbers.id(), "  "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .as("a reply, not a new comment").isEqualTo("error.strategy.reply.text.required")));
        TestCaller.as(OFFICER, () -> comments.reply(onNumbers.id(), "BRP, peildatum 1 januari."));
        CommentView answered = TestCaller.as(COORDINATOR, () -> comments.list(draft.id())).stream()
                .filter(c -> c.id() == onNumbers.id()).findFirst().orElseThrow();
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> comments.change(answered.id(), answered.version(), "x"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.strategy.comment.answered")));
        assertThat(TestCaller.as(OFFICER, () -> comments.thread(onNumbers.id()))).as("one thread, as listed")
                .isEqualTo(answered);
        assertThat(TestCaller.as(OFFICER, () -> comments.thread(answered.replies().get(0).id())))
                .as("a reply's number leads to its thread").isEqualTo(answered);
        TestCaller.as(DEMO_AUDITOR.email(), () -> assertThatThrownBy(() -> comments.list(draft.id()))
                .isInstanceOf(AccessRefusedException.class));
        TestCaller.as(DEMO_AUDITOR.email(), () -> assertThatThrownBy(() -> comments.thread(onNumbers.id()))
                .isInstanceOf(AccessRefusedException.class));

        Adoption adoption = new Adoption(AdoptionBody.COUNCIL, LocalDate.of(2026, 11, 1), "Raadsbesluit 88");
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> workflow.adopt(draft.id(), adoption))
                .isInstanceOfSatisfying(OpenCommentsException.class, e -> {
                    assertThat(e.count()).isEqualTo(2);
                    assertThat(e.sections()).containsExactly(numbers.title(), rules.title());
                }));
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> comments.resolve(onNumbers.id(), onNumbers.version() + 7))
                .isInstanceOf(ConcurrentChangeException.class));
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> comments.resolve(onNumbers.id(), onNumbers.version()))
                .as("read before the reply, which it would close unread").isInstanceOf(ConcurrentChangeException.class));
        CommentView resolved = TestCaller.as(OFFICER, () -> comments.resolve(onNumbers.id(), answered.version()));
        assertThat(resolved.resolved()).isTrue();
        // answered with its thread, as the list has it
        assertThat(resolved.replies()).isEqualTo(answered.replies()).isNotEmpty();
        CommentView reopened = TestCaller.as(COORDINATOR, () -> comments.reopen(onNumbers.id(), resolved.version()));
        assertThat(reopened.resolved()).isFalse();
        assertThat(reopened.replies()).isEqualTo(answered.replies());
        TestCaller.as(COORDINATOR, () -> {
            comments.resolve(onNumbers.id(), reopened.version());
            // a last reply refused leaves the thread open; one accepted goes with the resolving
            assertThatThrownBy(() -> comments.resolve(onRules.id(), onRules.version(), "x".repeat(5_000)))
                    .isInstanceOf(InvalidInputException.class);
            comments.resolve(onRules.id(), onRules.version(), "Opgenomen in hoofdstuk 3.");
        });
        assertThat(TestCaller.as(OFFICER, () -> comments.list(draft.id())))
                .extracting(CommentView::quote, c -> c.replies().size(), CommentView::resolved)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("4.500 arbeidsmigranten", 1, true),
                        org.assertj.core.groups.Tuple.tuple(null, 1, true));

        assertThat(TestCaller.as(COORDINATOR, () -> workflow.adopt(draft.id(), adoption)).status())
                .isEqualTo(DocumentStatus.ADOPTED);
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> comments.add(draft.id(), numbers.id(), null, "Te laat"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.strategy.comment.closed")));
        // a comment of the adopted document still exists: it is the review that is over
        for (String caller : List.of(COORDINATOR, OFFICER)) {
            TestCaller.as(caller, () -> assertThatThrownBy(() -> comments.reply(onNumbers.id(), "Nog iets"))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.strategy.comment.closed")));
        }
    }

    private static SectionComparison compared(Comparison comparison, long sectionId) {
        return comparison.sections().stream().filter(s -> s.sectionId() == sectionId).findFirst().orElseThrow();
    }
}
