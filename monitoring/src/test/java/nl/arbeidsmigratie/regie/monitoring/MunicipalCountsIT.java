package nl.arbeidsmigratie.regie.monitoring;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_AUDITOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nl.arbeidsmigratie.regie.monitoring.api.CountDefinition;
import nl.arbeidsmigratie.regie.monitoring.api.CountFigures;
import nl.arbeidsmigratie.regie.monitoring.api.CountView;
import nl.arbeidsmigratie.regie.monitoring.api.MunicipalCounts;
import nl.arbeidsmigratie.regie.monitoring.control.CountRules;
import nl.arbeidsmigratie.regie.monitoring.control.WriteLocks;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.AuditEntryView;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.Datasource;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.Page;
import nl.arbeidsmigratie.regie.registration.api.AuditReview;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.container.Races;
import nl.arbeidsmigratie.regie.testing.container.TestCaller;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Municipal counts with provenance on Payara Micro and PostgreSQL: rules, corrections, history, access. */
@ExtendWith(ArquillianExtension.class)
class MunicipalCountsIT {

    private static final String WESTLAND = "GM1783";
    private static final String OFFICER = DEMO_OFFICER.email();

    @Deployment
    static WebArchive deployment() {
        return Deployments.moduleUnderTest(MunicipalCountsIT.class);
    }

    @Inject
    MunicipalCounts counts;

    @Inject
    AuditReview auditReview;

    @Resource(lookup = Datasource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    UserTransaction transaction;

    @Resource
    ManagedExecutorService executor;

    private static CountFigures westland(LocalDate date, Integer brp, Integer min, Integer max) {
        return new CountFigures(WESTLAND, date, brp, null, 12000, min, max, "Omroep West (voorbeeldgegevens)",
                "Schatting gemeente", CountDefinition.LIVING_IN, 4, 12);
    }

    @Test
    void anOfficerRecordsACountOfTheirOwnMunicipalityWithARegistrationRateRange() throws Exception {
        CountView recorded = TestCaller.as(OFFICER, () -> counts.record(westland(LocalDate.of(2020, 7, 1), 4500, 6000, 9000)));
        assertThat(recorded.recordedBy()).isEqualTo(OFFICER);
        assertThat(recorded.registrationRateLow()).isCloseTo(0.5, within(0.001));
        assertThat(recorded.registrationRateHigh()).isCloseTo(0.75, within(0.001));
        assertThat(TestCaller.as(DEMO_AUDITOR.email(), () -> counts.asKnownOn(WESTLAND, Instant.now())))
                .extracting(CountView::id).contains(recorded.id());
        // "more than 6,000" says the rate is at most 75%, not that it is 75%
        CountView openEnded = TestCaller.as(OFFICER, () -> counts.record(westland(LocalDate.of(2020, 8, 1), 4500,
                6000, null)));
        assertThat(openEnded.registrationRateLow()).isNull();
        assertThat(openEnded.registrationRateHigh()).isCloseTo(0.75, within(0.001));
    }

    @Test
    void aCountRecordedInATransactionIsKnownToTheRestOfThatTransaction() throws Exception {
        // As when the demo set is loaded, or a later step of one unit of work reads what an earlier one wrote.
        transaction.begin();
        try {
            CountView recorded = TestCaller.as(OFFICER,
                    () -> counts.record(westland(LocalDate.of(2019, 3, 1), 4100, 6000, 8000)));
            assertThat(TestCaller.as(OFFICER, () -> counts.asKnownOn(WESTLAND, Instant.now())))
                    .extracting(CountView::id).contains(recorded.id());
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void nobodyRecordsForAnotherMunicipalityAndAuditorsNeverWrite() throws Exception {
        CountFigures delft = new CountFigures("GM0503", LocalDate.of(2021, 1, 1), 100, null, null, null, null,
                "Gemeente Delft", null, CountDefinition.LIVING_IN, 4, 12);
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> counts.record(delft))
                .isInstanceOf(AccessRefusedException.class));
        TestCaller.as(DEMO_AUDITOR.email(), () -> assertThatThrownBy(() -> counts.record(delft))
                .isInstanceOf(AccessRefusedException.class));
        assertThatThrownBy(() -> counts.asKnownOn("GM0503", Instant.now())).isInstanceOf(AccessRefusedException.class);
        assertThat(TestCaller.as(DEMO_COORDINATOR.email(), () -> counts.asKnownOn("GM0503", Instant.now()))).isEmpty();
        // a count naming no municipality is told what is missing, not refused as another municipality's
        CountFigures nowhere = new CountFigures(null, LocalDate.of(2021, 1, 1), 100, null, null, null, null,
                "Bron", null, CountDefinition.LIVING_IN, 4, 12);
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> counts.record(nowhere))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("municipalityCode")));
        TestCaller.as(DEMO_AUDITOR.email(), () -> assertThatThrownBy(() -> counts.record(nowhere))
                .isInstanceOf(AccessRefusedException.class));
        // nor is a code the register does not hold, not even by a coordinator: nobody could read such a count back
        for (String unknown : List.of("GM9999", "GM0000")) {
            CountFigures ghost = new CountFigures(unknown, LocalDate.of(2021, 1, 1), 100, null, null, null, null,
                    "Bron", null, CountDefinition.LIVING_IN, 4, 12);
            for (String caller : List.of(DEMO_COORDINATOR.email(), OFFICER)) {
                TestCaller.as(caller, () -> assertThatThrownBy(() -> counts.record(ghost))
                        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                                .isEqualTo("error.municipality.unknown")));
            }
        }
        // one's own code typed in lower case is one's own municipality
        CountView typed = TestCaller.as(OFFICER, () -> counts.record(new CountFigures(" gm1783", LocalDate.of(2021, 1, 1),
                100, null, null, null, null, "In kleine letters", null, CountDefinition.LIVING_IN, 4, 12)));
        assertThat(typed.figures().municipalityCode()).isEqualTo(WESTLAND);
    }

    @Test
    void anotherMunicipalitysCountIsRefusedByIdExactlyLikeAMissingOne() throws Exception {
        CountFigures katwijk = new CountFigures("GM0537", LocalDate.of(2021, 2, 1), 100, null, null, null, null,
                "Gemeente Katwijk", null, CountDefinition.LIVING_IN, 4, 12);
        CountView recorded = TestCaller.as(DEMO_COORDINATOR.email(), () -> counts.record(katwijk));
        CountView corrected = TestCaller.as(DEMO_COORDINATOR.email(), () -> counts.correct(recorded.id(),
                new CountFigures("GM0537", LocalDate.of(2021, 2, 1), 120, null, null, null, null, "Gemeente Katwijk",
                        null, CountDefinition.LIVING_IN, 4, 12), "Herzien"));
        // the superseded first version would answer "corrected already" to anyone who may see it
        for (long id : new long[] {recorded.id(), corrected.id(), corrected.id() + 1_000_000_000L}) {
            for (ThrowingCallable call : List.<ThrowingCallable>of(() -> counts.history(id), () -> counts.changeLog(id),
                    () -> counts.correct(id, katwijk, "mag niet"))) {
                TestCaller.as(OFFICER, () -> assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e).extracting(InvalidInputException::field, InvalidInputException::messageKey,
                                Throwable::getMessage).containsExactly("count", "error.count.unknown", "no count " + id)));
            }
        }
        assertThat(TestCaller.as(DEMO_AUDITOR.email(), () -> counts.history(corrected.id()))).hasSize(2);
    }

    @Test
    void badFiguresAreRefusedWithTheFieldAndNothingIsStored() throws Exception {
        LocalDate date = LocalDate.of(2019, 3, 1);
        List<CountFigures> bad = List.of(
                westland(LocalDate.now().plusDays(2), 10, null, null),
                westland(date, -1, null, null),
                westland(date, 10, 900, 100),
                new CountFigures(WESTLAND, date, 10, null, null, null, null, " ", null, CountDefinition.LIVING_IN, 4, 12),
                new CountFigures(WESTLAND, date, null, null, null, null, null, "Bron", null, CountDefinition.LIVING_IN, 4, 12),
                new CountFigures(WESTLAND, date, 10, null, null, null, null, "Bron", null, CountDefinition.LIVING_IN, 12, 4),
                westland(date, 10, 100, 20_000_001),
                new CountFigures(WESTLAND, date, 10, null, null, null, null, "Bron", null, CountDefinition.LIVING_IN, 4,
                        2_000_000_000));
        List<String> fields = List.of("referenceDate", "registeredBrp", "estimateMin", "source", "figures",
                "shortStayMonths", "estimateMax", "longStayMonths");
        for (int i = 0; i < bad.size(); i++) {
            CountFigures figures = bad.get(i);
            String field = fields.get(i);
            TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> counts.record(figures))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field)));
        }
        for (LocalDate typo : List.of(LocalDate.of(1, 3, 1), LocalDate.of(1899, 12, 31))) {
            TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> counts.record(westland(typo, 10, null, null)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("error.count.reference-date.too-early")));
        }
        // a count breaking several rules is refused with every one of them, so the form is corrected in one go
        CountFigures everythingWrong = new CountFigures(WESTLAND, LocalDate.now().plusDays(2), -5, null, null, 900,
                100, " ", null, null, 4, 12);
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> counts.record(everythingWrong))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.all())
                        .extracting(InvalidInputException::field)
                        .containsExactly("referenceDate", "registeredBrp", "estimateMin", "source", "definition")));
        assertThat(TestCaller.as(OFFICER, () -> counts.asKnownOn(WESTLAND, Instant.now())))
                .noneMatch(c -> c.figures().referenceDate().equals(date) || c.figures().referenceDate().isAfter(LocalDate.now())
                        || c.figures().referenceDate().getYear() < 1900);
    }

    @Test
    void aCorrectionKeepsTheOldVersionAndAsKnownOnShowsWhatWasKnownThen() throws Exception {
        LocalDate date = LocalDate.of(2022, 1, 1);
        CountView first = TestCaller.as(OFFICER, () -> counts.record(westland(date, 4000, null, null)));
        Thread.sleep(20);
        Instant betweenFirstAndCorrection = Instant.now();
        Thread.sleep(20);
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> counts.correct(first.id(), westland(date, 4100, null, null), " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason")));
        CountView corrected = TestCaller.as(OFFICER, () ->
                counts.correct(first.id(), westland(date, 4400, null, null), "BRP-telling herzien"));
        // a correction that changes nothing is no version: it would only fill the change log
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> counts.correct(corrected.id(),
                westland(date, 4400, null, null), "nog een keer")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e).as("no one field is to blame").extracting(InvalidInputException::messageKey,
                        InvalidInputException::field).containsExactly("error.count.unchanged", null)));

        assertThat(corrected.supersedes()).isEqualTo(first.id());
        assertThat(figureOn(date, betweenFirstAndCorrection)).isEqualTo(4000);
        assertThat(figureOn(date, Instant.now())).isEqualTo(4400);
        assertThat(TestCaller.as(DEMO_AUDITOR.email(), () -> counts.history(first.id())))
                .extracting(c -> c.figures().registeredBrp()).containsExactly(4000, 4400);
        // a second correction of the version someone else corrected meanwhile
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> counts.correct(first.id(), westland(date, 1, null, null), "nog eens"))
                .isInstanceOfSatisfying(ConcurrentChangeException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.count.corrected-meanwhile")));
        assertThat(figureOn(date, Instant.now())).isEqualTo(4400);
        // the same correction sent again, as a client does whose answer was lost, finds itself: no conflict, no version
        assertThat(TestCaller.as(OFFICER, () -> counts.correct(first.id(), westland(date, 4400, null, null),
                "BRP-telling herzien"))).isEqualTo(corrected);
        TestCaller.as(DEMO_COORDINATOR.email(), () -> assertThatThrownBy(() -> counts.correct(first.id(),
                westland(date, 4400, null, null), "BRP-telling herzien")).as("the same change by someone else")
                .isInstanceOf(ConcurrentChangeException.class));
        assertThat(TestCaller.as(DEMO_AUDITOR.email(), () -> counts.history(first.id()))).hasSize(2);

        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> counts.markAsError(corrected.id(), "fout"))
                .isInstanceOf(AccessRefusedException.class));
        Thread.sleep(20);
        Instant beforeMark = Instant.now();
        Thread.sleep(20);
        TestCaller.as(DEMO_COORDINATOR.email(), () -> counts.markAsError(corrected.id(), "Dubbel ingevoerd"));
        assertThat(figureOn(date, beforeMark)).isEqualTo(4400);
        assertThat(figureOn(date, Instant.now())).isNull();
        assertThat(TestCaller.as(DEMO_AUDITOR.email(), () -> counts.history(first.id()))).hasSize(3).last()
                .satisfies(c -> assertThat(c.markedError()).isTrue());
        // the trail files every version under the count's first, so one record finds its whole history
        assertThat(TestCaller.as(DEMO_AUDITOR.email(), () -> auditReview.entries("count:GM1783:" + first.id(), 0, 10))
                .items()).extracting(AuditEntryView::action)
                .containsExactly("count.marked-error", "count.corrected", "count.recorded");
    }

    @Test
    void theSameCountRecordedTwiceIsRefusedUntilItIsMarkedAsAnError() throws Exception {
        LocalDate date = LocalDate.of(2023, 5, 1);
        CountView first = TestCaller.as(OFFICER, () -> counts.record(westland(date, 3000, null, null)));
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> counts.record(westland(date, 3100, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("source");
                    assertThat(e.messageKey()).isEqualTo("error.count.exists");
                }));
        CountFigures spaced = new CountFigures(WESTLAND, date, 3200, null, 12000, null, null,
                "  Omroep West (voorbeeldgegevens) ", "Schatting gemeente", CountDefinition.LIVING_IN, 4, 12);
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> counts.record(spaced))
                .isInstanceOf(InvalidInputException.class));
        CountFigures capitals = new CountFigures(WESTLAND, date, 3300, null, 12000, null, null,
                "OMROEP WEST (voorbeeldgegevens)", "Schatting gemeente", CountDefinition.LIVING_IN, 4, 12);
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> counts.record(capitals))
                .as("one source, typed in other capitals").isInstanceOf(InvalidInputException.class));
        assertThat(TestCaller.as(OFFICER, () -> counts.asKnownOn(WESTLAND, Instant.now())))
                .filteredOn(c -> c.figures().referenceDate().equals(date))
                .extracting(c -> c.figures().registeredBrp()).containsExactly(3000);

        // another source or definition on the same date is another count
        CountFigures working = new CountFigures(WESTLAND, date, 3300, null, 12000, null, null,
                "Omroep West (voorbeeldgegevens)", null, CountDefinition.WORKING_IN, 4, 12);
        TestCaller.as(OFFICER, () -> counts.record(working));

        TestCaller.as(DEMO_COORDINATOR.email(), () -> counts.markAsError(first.id(), "Verkeerde telling"));
        CountView again = TestCaller.as(OFFICER, () -> counts.record(westland(date, 3400, null, null)));
        assertThat(TestCaller.as(DEMO_AUDITOR.email(), () -> counts.history(first.id())))
                .extracting(CountView::id).hasSize(3).endsWith(again.id());
        assertThat(TestCaller.as(OFFICER, () -> counts.asKnownOn(WESTLAND, Instant.now())))
                .filteredOn(c -> c.figures().referenceDate().equals(date))
                .extracting(c -> c.figures().registeredBrp()).containsExactlyInAnyOrder(3400, 3300);
    }

    @Test
    void countsComeInPagesNewestFirstWithTheTotalAndWithoutThoseMarkedAsErrors() throws Exception {
        String noordwijk = "GM0575";
        String coordinator = DEMO_COORDINATOR.email();
        LocalDate first = LocalDate.of(2015, 1, 1);
        List<CountView> recorded = new ArrayList<>();
        for (int month = 0; month < 30; month++) {
            CountFigures figures = new CountFigures(noordwijk, first.plusMonths(month), 100 + month, null, 12000, null,
                    null, "Telling (voorbeeldgegevens)", "Schatting gemeente", CountDefinition.LIVING_IN, 4, 12);
            recorded.add(TestCaller.as(coordinator, () -> counts.record(figures)));
        }
        TestCaller.as(coordinator, () -> counts.markAsError(recorded.get(29).id(), "Dubbel ingevoerd"));

        Instant now = Instant.now();
        Page<CountView> firstPage = TestCaller.as(coordinator, () -> counts.pageAsKnownOn(noordwijk, now, 0, 25));
        Page<CountView> lastPage = TestCaller.as(coordinator, () -> counts.pageAsKnownOn(noordwijk, now, 25, 25));

        assertThat(firstPage.total()).isEqualTo(29);
        assertThat(firstPage.items()).hasSize(25);
        assertThat(firstPage.items().get(0).figures().referenceDate()).isEqualTo(first.plusMonths(28));
        assertThat(lastPage.items()).extracting(c -> c.figures().referenceDate())
                .containsExactly(first.plusMonths(3), first.plusMonths(2), first.plusMonths(1), first);
        assertThat(TestCaller.as(coordinator, () -> counts.asKnownOn(noordwijk, Instant.now()))).hasSize(29);
        assertThatThrownBy(() -> TestCaller.as(OFFICER, () -> counts.pageAsKnownOn(noordwijk, Instant.now(), 0, 25)))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void aCorrectionThatWaitedForSomeoneElsesCorrectionOfTheSameCountIsTheConflictItIs() throws Exception {
        LocalDate date = LocalDate.of(2019, 3, 1);
        CountView first = TestCaller.as(OFFICER, () -> counts.record(westland(date, 3000, null, null)));
        // someone else's correction of it, written with the municipality's counts held but not yet committed
        try (Connection someoneElse = dataSource.getConnection();
             PreparedStatement write = someoneElse.prepareStatement("insert into monitoring.municipal_count"
                     + " (municipality_code, reference_date, registered_brp, working, estimate_min, estimate_max,"
                     + " source, method, definition, recorded_at, recorded_by, supersedes_id, reason)"
                     + " select municipality_code, reference_date, 3100, working, estimate_min, estimate_max, source,"
                     + " method, definition, now(), 'iemand@anders.example', id, 'formulier'"
                     + " from monitoring.municipal_count where id = ?")) {
            someoneElse.setAutoCommit(false);
            WriteLocks.hold(someoneElse, CountRules.writeLock(WESTLAND));
            write.setLong(1, first.id());
            write.executeUpdate();
            assertThatThrownBy(() -> Races.lostBy(someoneElse, () -> TestCaller.as(OFFICER,
                    () -> counts.correct(first.id(), westland(date, 3200, null, null), "herzien")), executor))
                    .cause().isInstanceOfSatisfying(ConcurrentChangeException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.count.corrected-meanwhile"));
        }
        assertThat(figureOn(date, Instant.now())).isEqualTo(3100);
    }

    @Test
    void theDatabaseRefusesToRewriteACount() throws Exception {
        TestCaller.as(OFFICER, () -> counts.record(westland(LocalDate.of(2018, 1, 1), 1, null, null)));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update monitoring.municipal_count set registered_brp = 2"))
                    .hasMessageContaining("append-only");
        }
    }

    private Integer figureOn(LocalDate date, Instant asOf) throws Exception {
        return TestCaller.as(OFFICER, () -> counts.asKnownOn(WESTLAND, asOf)).stream()
                .filter(c -> c.figures().referenceDate().equals(date))
                .map(c -> c.figures().registeredBrp())
                .findFirst().orElse(null);
    }
}
