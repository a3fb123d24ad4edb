package nl.arbeidsmigratie.regie.strategy;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_AUDITOR;
import static nl.arbeidsmigratie.regie.strategy.StrategyFixture.OFFICER;
import static nl.arbeidsmigratie.regie.strategy.StrategyFixture.ROTTERDAM;
import static nl.arbeidsmigratie.regie.strategy.StrategyFixture.WESTLAND;
import static nl.arbeidsmigratie.regie.strategy.StrategyFixture.section;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.Datasource;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;
import nl.arbeidsmigratie.regie.strategy.api.DocumentView;
import nl.arbeidsmigratie.regie.strategy.api.DocumentVersions;
import nl.arbeidsmigratie.regie.strategy.api.SectionConflict;
import nl.arbeidsmigratie.regie.strategy.api.SectionSaved;
import nl.arbeidsmigratie.regie.strategy.api.SectionView;
import nl.arbeidsmigratie.regie.strategy.api.StrategyDocuments;
import nl.arbeidsmigratie.regie.strategy.api.VersionSummary;
import nl.arbeidsmigratie.regie.strategy.api.VersionView;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.container.Sql;
import nl.arbeidsmigratie.regie.testing.container.TestCaller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No edit is ever lost: the working copy saved as authors type, a stale save refused with both texts, explicit
 * versions that never change, and fifty authors saving one section at once.
 */
@ExtendWith(ArquillianExtension.class)
class SectionConflictIT {

    private static final int AUTHORS = 50;

    @Deployment
    static WebArchive deployment() {
        return Deployments.moduleUnderTest(SectionConflictIT.class);
    }

    @Inject
    StrategyDocuments documents;

    @Inject
    DocumentVersions versions;

    @Inject
    StrategyFixture fixture;

    @Resource(lookup = Datasource.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threads;

    @Test
    void aStaleSaveNeverOverwritesAndTheSecondAuthorGetsBothTexts() throws Exception {
        DocumentView draft = fixture.westlandDraft("Twee auteurs");
        AccountView colleague = fixture.officerOf(WESTLAND);
        SectionView numbers = section(draft, LearningGoal.NUMBERS);

        SectionSaved first = TestCaller.as(OFFICER, () -> documents.saveSection(numbers.id(), numbers.version(),
                "<p>Tekst van de eerste</p>"));
        assertThat(first.section().changedBy()).isEqualTo(OFFICER);
        SectionSaved repeated = TestCaller.as(OFFICER, () -> documents.saveSection(numbers.id(), numbers.version(),
                "<p>Tekst van de eerste</p>"));
        assertThat(repeated.section().version()).as("a save repeated after its answer was lost is no conflict")
                .isEqualTo(first.section().version());
        TestCaller.as(colleague.email(), () -> assertThatThrownBy(() -> documents.saveSection(numbers.id(),
                numbers.version(), "<p>Tekst van de tweede</p>"))
                .isInstanceOfSatisfying(ConcurrentChangeException.class, e -> {
                    SectionConflict conflict = (SectionConflict) e.current();
                    assertThat(conflict.yourHtml()).isEqualTo("<p>Tekst van de tweede</p>");
                    assertThat(conflict.current().html()).isEqualTo("<p>Tekst van de eerste</p>");
                    assertThat(conflict.current().changedBy()).isEqualTo(OFFICER);
                    assertThat(conflict.current().version()).isEqualTo(first.section().version());
                }));
        assertThat(section(TestCaller.as(OFFICER, () -> documents.find(draft.id())), LearningGoal.NUMBERS).html())
                .isEqualTo("<p>Tekst van de eerste</p>");

        SectionSaved merged = TestCaller.as(colleague.email(), () -> documents.saveSection(numbers.id(),
                first.section().version(), "<p>Tekst van de eerste</p><p>Tekst van de tweede</p>"));
        assertThat(merged.section().changedBy()).isEqualTo(colleague.email());
        assertThat(merged.section().version()).isGreaterThan(first.section().version());
    }

    @Test
    void savedVersionsKeepTheirTextWhileTheWorkingCopyMovesOn() throws Exception {
        DocumentView draft = fixture.westlandDraft("Versies");
        SectionView numbers = section(draft, LearningGoal.NUMBERS);
        SectionSaved saved = TestCaller.as(OFFICER, () -> documents.saveSection(numbers.id(), numbers.version(),
                "<p>Eerste opzet</p>"));
        VersionSummary one = TestCaller.as(OFFICER, () -> versions.save(draft.id(), "  "));
        TestCaller.as(OFFICER, () -> documents.saveSection(numbers.id(), saved.section().version(),
                "<p>Tweede opzet</p>"));
        VersionSummary two = TestCaller.as(OFFICER, () -> versions.save(draft.id(), "Na overleg met handhaving"));

        assertThat(one.number()).isEqualTo(1);
        assertThat(one.note()).isNull();
        assertThat(two.number()).isEqualTo(2);
        assertThat(two.note()).isEqualTo("Na overleg met handhaving");
        VersionView first = TestCaller.as(OFFICER, () -> versions.find(draft.id(), 1));
        assertThat(first.sections()).filteredOn(s -> s.id() == numbers.id()).extracting(SectionView::html)
                .containsExactly("<p>Eerste opzet</p>");
        assertThat(TestCaller.as(fixture.officerOf(WESTLAND).email(), () -> versions.list(draft.id())))
                .extracting(VersionSummary::number).containsExactly(1, 2);
        assertThat(TestCaller.as(OFFICER, () -> documents.find(draft.id())).latestVersion()).isEqualTo(2);
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> versions.find(draft.id(), 3))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.strategy.version.unknown")));
        // a draft's versions are its authors' and the coordinators' business, not an auditor's
        assertThat(TestCaller.as(DEMO_AUDITOR.email(), () -> versions.list(draft.id()))).isEmpty();
        TestCaller.as(DEMO_AUDITOR.email(), () -> assertThatThrownBy(() -> versions.find(draft.id(), 1))
                .isInstanceOf(AccessRefusedException.class));
        String rotterdam = fixture.officerOf(ROTTERDAM).email();
        TestCaller.as(rotterdam, () -> assertThatThrownBy(() -> versions.find(draft.id(), 1))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.strategy.document.unknown")));
    }

    /**
     * Fifty saves of the same section at the same moment, each from its own session (two officers in turn), each
     * from the version its author read. Each
     * save either makes a new section version or gets the conflict with both texts; an author who gets the
     * conflict merges their text into the current one and saves again, as the conflict view asks. In the end
     * every save that succeeded made exactly one version and every author's text is in the section.
     */
    @Test
    void fiftyParallelSavesOfOneSectionLoseNothing() throws Exception {
        DocumentView draft = fixture.westlandDraft("Vijftig auteurs");
        SectionView start = section(draft, LearningGoal.LOCAL_RULES);
        String colleague = fixture.officerOf(WESTLAND).email();
        List<String> authors = new ArrayList<>();
        for (int i = 0; i < AUTHORS; i++) {
            authors.add(i % 2 == 0 ? OFFICER : colleague);
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(AUTHORS, threads);
        List<Future<int[]>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < AUTHORS; i++) {
                String author = authors.get(i);
                String mine = "<p>Bijdrage " + i + "</p>";
                outcomes.add(pool.submit(() -> TestCaller.as(author, () -> {
                    go.await();
                    SectionView seen = section(documents.find(draft.id()), LearningGoal.LOCAL_RULES);
                    int successes = 0;
                    int conflicts = 0;
                    // an author adds to the text they see
                    String text = seen.html() + mine;
                    long basedOn = seen.version();
                    while (successes == 0) {
                        try {
                            SectionSaved saved = documents.saveSection(start.id(), basedOn, text);
                            assertThat(saved.section().version()).isGreaterThan(basedOn);
                            successes++;
                        } catch (ConcurrentChangeException e) {
                            SectionConflict conflict = (SectionConflict) e.current();
                            assertThat(conflict.yourHtml()).isEqualTo(text);
                            assertThat(conflict.current().version()).isGreaterThan(basedOn);
                            conflicts++;
                            text = conflict.current().html() + mine;
                            basedOn = conflict.current().version();
                        }
                    }
                    return new int[] {successes, conflicts};
                })));
            }
            go.countDown();
            int successes = 0;
            int conflicts = 0;
            for (Future<int[]> outcome : outcomes) {
                int[] counts = outcome.get(120, TimeUnit.SECONDS);
                successes += counts[0];
                conflicts += counts[1];
            }
            SectionView end = section(TestCaller.as(OFFICER, () -> documents.find(draft.id())), LearningGoal.LOCAL_RULES);
            assertThat(successes).isEqualTo(AUTHORS);
            assertThat(conflicts).isPositive();
            assertThat(end.version() - start.version()).isEqualTo(successes);
            for (int i = 0; i < AUTHORS; i++) {
                assertThat(end.html()).contains("<p>Bijdrage " + i + "</p>");
            }
            assertThat(Sql.count(dataSource, "select count(*) from strategy.section where id = ? and version = ?",
                    start.id(), end.version())).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
