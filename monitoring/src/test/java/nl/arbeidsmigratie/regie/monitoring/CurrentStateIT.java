package nl.arbeidsmigratie.regie.monitoring;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.arbeidsmigratie.regie.monitoring.api.Certification;
import nl.arbeidsmigratie.regie.monitoring.api.Facilities;
import nl.arbeidsmigratie.regie.monitoring.api.HousingForm;
import nl.arbeidsmigratie.regie.monitoring.api.HousingLocations;
import nl.arbeidsmigratie.regie.monitoring.api.ImportKind;
import nl.arbeidsmigratie.regie.monitoring.api.LocationDetails;
import nl.arbeidsmigratie.regie.monitoring.api.LocationStatus;
import nl.arbeidsmigratie.regie.monitoring.api.LocationView;
import nl.arbeidsmigratie.regie.monitoring.api.MonitoringImports;
import nl.arbeidsmigratie.regie.monitoring.api.NormRules;
import nl.arbeidsmigratie.regie.monitoring.api.Norms;
import nl.arbeidsmigratie.regie.monitoring.api.OccupancyFigures;
import nl.arbeidsmigratie.regie.monitoring.api.OccupancyReports;
import nl.arbeidsmigratie.regie.monitoring.api.OccupancyView;
import nl.arbeidsmigratie.regie.monitoring.api.QualityMark;
import nl.arbeidsmigratie.regie.monitoring.api.RegionalPicture;
import nl.arbeidsmigratie.regie.monitoring.api.RegionalPictureView;
import nl.arbeidsmigratie.regie.monitoring.boundary.MunicipalTotals;
import nl.arbeidsmigratie.regie.monitoring.boundary.NormVerdicts;
import nl.arbeidsmigratie.regie.platform.api.Datasource;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.container.Sql;
import nl.arbeidsmigratie.regie.testing.container.TestCaller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The picture as known now, read from the current state the writes keep, against the same picture read from the
 * history as known at this instant: equal for every municipality of Haaglanden, every region of Zuid-Holland and the
 * province, on several reference dates, after each kind of write (forms and REST share these facades; CSV import),
 * also when two writers report on one location at the same time. And a picture as known on a past moment stays as it
 * was, whatever is written later.
 */
@ExtendWith(ArquillianExtension.class)
class CurrentStateIT {

    private static final String COORDINATOR = DEMO_COORDINATOR.email();
    private static final String WESTLAND = "GM1783";
    private static final String DEN_HAAG = "GM0518";
    private static final String REGION = "Haaglanden";

    @Deployment
    static WebArchive deployment() {
        return Deployments.moduleUnderTest(CurrentStateIT.class);
    }

    @Inject
    RegionalPicture picture;

    @Inject
    HousingLocations locations;

    @Inject
    OccupancyReports occupancy;

    @Inject
    MonitoringImports imports;

    @Inject
    Norms norms;

    @Inject
    NormVerdicts verdicts;

    @Inject
    MunicipalTotals totals;

    @Resource(lookup = Datasource.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    /**
     * The pictures' statements are planned at a cost that makes a PostgreSQL built with LLVM compile them first,
     * which took seconds; the application's sessions do without.
     */
    @Test
    void theApplicationsSessionsRunWithoutJitCompilation() throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
             var setting = statement.executeQuery("select current_setting('jit')")) {
            setting.next();
            assertThat(setting.getString(1)).isEqualTo("off");
        }
    }

    @Test
    void theCurrentStateGivesTheHistorysPictureAfterEveryKindOfWrite() throws Exception {
        String bag = bagId();
        LocationView a = register(WESTLAND, bag, LocationStatus.ACTIVE, LocalDate.of(2020, 1, 1),
                new Facilities(40, new BigDecimal("400"), new BigDecimal("160"), 20, 5, 5));
        // facilities unknown: the norm check cannot assess it
        LocationView b = register(DEN_HAAG, null, LocationStatus.ACTIVE, LocalDate.of(2021, 5, 1),
                new Facilities(12, null, null, null, null, null));
        LocationView c = register(WESTLAND, null, LocationStatus.ACTIVE, LocalDate.of(2019, 3, 1),
                new Facilities(30, new BigDecimal("150"), null, 10, 2, 2));
        LocationView d = register(DEN_HAAG, null, LocationStatus.PLANNED, null, new Facilities(99, null, null, null, null, null));
        report(a, LocalDate.of(2024, 1, 1), 30);
        OccupancyView aJanuary = report(a, LocalDate.of(2025, 1, 1), 35);
        report(b, LocalDate.of(2025, 6, 1), 12);
        report(c, LocalDate.of(2024, 6, 1), 20);
        samePicture("registered and reported through the forms");

        Thread.sleep(20);
        Instant before = Instant.now();
        Thread.sleep(20);
        RegionalPictureView past = as(() -> picture.picture(REGION, LocalDate.of(2025, 2, 1), before));

        report(a, LocalDate.of(2024, 6, 1), 33);
        samePicture("a report recorded after a later reference date");

        OccupancyView corrected = as(() -> occupancy.correct(aJanuary.id(),
                new OccupancyFigures(a.locationId(), LocalDate.of(2025, 1, 1), 38, null, null, null), "Nageteld"));
        samePicture("a correction recorded later");

        as(() -> occupancy.markAsError(corrected.id(), "Verkeerde locatie"));
        samePicture("the latest report marked as an error");
        assertThat(currentReportDate(a)).as("the report before the marked one is current again")
                .isEqualTo(LocalDate.of(2024, 6, 1));

        report(a, LocalDate.of(2025, 1, 1), 36);
        samePicture("a new report on the date of the marked one");

        as(() -> locations.revise(c.locationId(), c.version(), closed(c.details(), LocalDate.of(2025, 3, 1)),
                "Gesloten na inspectie"));
        samePicture("a location closed");

        as(() -> locations.markAsError(d.locationId(), "Dubbel ingevoerd"));
        samePicture("a location marked as an error");

        String newBag = bagId();
        importFile(ImportKind.LOCATIONS, "municipality_code,bag_id,name,housing_form,status,beds\n"
                + WESTLAND + "," + newBag + ",Testlocatie import " + System.nanoTime() + ",HOUSING_UNITS,ACTIVE,25\n");
        importFile(ImportKind.OCCUPANCY, "bag_id,reference_date,persons\n"
                + bag + ",2025-09-01,40\n" + newBag + ",2025-01-01,10\n");
        samePicture("locations and occupancy imported");
        assertThat(currentReportDate(a)).isEqualTo(LocalDate.of(2025, 9, 1));

        importFile(ImportKind.OCCUPANCY, "bag_id,reference_date,persons\n" + bag + ",2025-09-01,42\n");
        samePicture("an occupancy corrected by an import");

        assertThat(as(() -> picture.picture(REGION, LocalDate.of(2025, 2, 1), before)))
                .as("as known on a moment before the later writes").isEqualTo(past);
        assertThat(differingLocations()).as("locations whose current state is not the history's latest").isZero();
    }

    @Test
    void twoWritersOfOneLocationAtOnceLeaveTheLatestReportCurrent() throws Exception {
        LocationView location = register(WESTLAND, null, LocationStatus.ACTIVE, LocalDate.of(2020, 1, 1),
                new Facilities(50, null, null, null, null, null));
        for (int round = 0; round < 3; round++) {
            LocalDate first = LocalDate.of(2023 + round, 1, 1);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<OccupancyView>> racing = new ArrayList<>();
            for (int writer = 0; writer < 6; writer++) {
                LocalDate day = first.plusMonths(writer);
                int persons = 10 + writer;
                racing.add(executor.submit(() -> {
                    start.await();
                    return report(location, day, persons);
                }));
            }
            start.countDown();
            for (Future<OccupancyView> result : racing) {
                result.get(60, TimeUnit.SECONDS);
            }
            assertThat(currentReportDate(location)).isEqualTo(first.plusMonths(5));
        }
        samePicture("reports written in parallel");
        assertThat(differingLocations()).isZero();
    }

    /**
     * The picture as known now judges the norms in the database, the history's picture in Java: the edges where they
     * could part, each in a location of its own, give the same picture.
     */
    @Test
    void theNormsJudgedInTheDatabaseGiveTheChecksOutcomeOnItsEdges() throws Exception {
        LocalDate opened = LocalDate.of(2020, 1, 1);
        // 349.9 m² for 35 persons is 9.997, met as 10.00 against a minimum of 10
        report(register(WESTLAND, null, LocationStatus.ACTIVE, opened,
                new Facilities(35, new BigDecimal("349.9"), null, null, null, null)), LocalDate.of(2025, 1, 1), 35);
        // 2,001 persons on 250 toilets is 8.004, met as 8.00 against at most 8
        report(register(WESTLAND, null, LocationStatus.ACTIVE, opened,
                new Facilities(2100, null, null, null, 250, null)), LocalDate.of(2025, 1, 1), 2001);
        // no shower at all: violated with people housed, met with nobody
        report(register(DEN_HAAG, null, LocationStatus.ACTIVE, opened,
                new Facilities(10, null, null, null, null, 0)), LocalDate.of(2025, 1, 1), 3);
        report(register(DEN_HAAG, null, LocationStatus.ACTIVE, opened,
                new Facilities(8, new BigDecimal("100"), new BigDecimal("40"), 4, 0, 0)), LocalDate.of(2025, 1, 1), 0);
        // more persons than beds, every other fact unknown
        report(register(DEN_HAAG, null, LocationStatus.ACTIVE, opened,
                new Facilities(5, null, null, null, null, null)), LocalDate.of(2025, 1, 1), 6);
        samePicture("locations on the edges of the norms");
    }

    /**
     * The picture as known now reads each location's stored verdict only where it was judged by the picture's rule
     * set: on a date from which another rule set applies, it judges the location itself. A verdict left stale (as a
     * rule set coming into force at midnight leaves it) is judged again by the daily timer.
     */
    @Test
    void aStoredVerdictCountsOnlyForTheRuleSetItWasJudgedBy() throws Exception {
        LocationView location = register(WESTLAND, null, LocationStatus.ACTIVE, LocalDate.of(2020, 1, 1),
                new Facilities(20, new BigDecimal("300"), null, 10, 4, 4),
                new Certification(QualityMark.AKF, "CERT-1", LocalDate.of(2025, 3, 1), LocalDate.of(2027, 3, 1)));
        report(location, LocalDate.of(2025, 1, 1), 12);
        // Rule sets are append-only: this one lies far ahead, out of every other test's dates (and AKF's), with one toilet for
        // two persons, which the location meets today (three a toilet) and not from then on.
        LocalDate from = LocalDate.of(2095, 1, 1);
        TestCaller.as(COORDINATOR, () -> norms.add(new NormRules(QualityMark.AKF, from, null, null, null, null, 2,
                null, "Strenger " + System.nanoTime())));
        for (LocalDate date : List.of(from.minusDays(1), from)) {
            RegionalPictureView current = as(() -> picture.picture(REGION, date, null));
            assertThat(current).as("on %s", date).usingRecursiveComparison().ignoringFields("asKnownOn")
                    .isEqualTo(as(() -> picture.picture(REGION, date, Instant.now())));
        }
        assertThat(as(() -> norms.check(location.locationId(), from.minusDays(1), Instant.now())).meetsNorm()).isTrue();
        assertThat(as(() -> norms.check(location.locationId(), from, Instant.now())).meetsNorm()).isFalse();

        Sql.execute(dataSource, "update monitoring.current_location set verdict_rules_id = null, meets_norm = null"
                + " where location_id = " + location.locationId());
        assertThat(verdicts.judgeStale()).as("verdicts judged again").isEqualTo(1);
        assertThat(verdicts.judgeStale()).as("nothing stale after that").isZero();
        samePicture("a verdict judged again");
    }

    /**
     * The picture now from both paths, on several reference dates: today and dates between the reports; today also
     * once the municipalities' totals are summed again, as the timer sums them, when the picture reads those totals.
     */
    private void samePicture(String after) throws Exception {
        samePictures(after);
        while (totals.sumChanged() < 0) {
            Thread.sleep(50); // the timer is summing
        }
        assertThat(Sql.count(dataSource, "select count(*) from monitoring.municipality_totals t where t.day = '"
                + LocalDate.now(DutchTime.ZONE) + "' and t.municipality_code in ('" + WESTLAND + "', '" + DEN_HAAG
                + "') and not exists (select 1 from monitoring.municipality_change c"
                + " where c.municipality_code = t.municipality_code)"))
                .as("Westland's and The Hague's totals of today summed, no change pending").isEqualTo(2);
        samePictures(after + ", the totals summed");
    }

    private void samePictures(String after) throws Exception {
        for (LocalDate date : List.of(LocalDate.now(DutchTime.ZONE), LocalDate.of(2025, 7, 1), LocalDate.of(2025, 2, 1),
                LocalDate.of(2024, 3, 1), LocalDate.of(2019, 1, 1))) {
            RegionalPictureView current = as(() -> picture.picture(REGION, date, null));
            RegionalPictureView history = as(() -> picture.picture(REGION, date, Instant.now()));
            assertThat(current.provinceTotal()).as("Zuid-Holland has a province total").isNotNull();
            assertThat(current).as("after %s, on %s", after, date).usingRecursiveComparison()
                    .ignoringFields("asKnownOn").isEqualTo(history);
        }
    }

    /** Locations whose current state in the database differs from what their history says is latest. */
    private long differingLocations() throws Exception {
        return Sql.count(dataSource, """
                select count(*) from monitoring.housing_location l
                left join monitoring.current_location c on c.location_id = l.id
                left join lateral (select v.id from monitoring.location_version v where v.location_id = l.id
                                   order by v.version_no desc limit 1) v on true
                left join lateral (select r.id from monitoring.occupancy_report r
                                   where r.location_id = l.id and not r.marked_error
                                     and r.id not in (select s.supersedes_id from monitoring.occupancy_report s
                                                      where s.supersedes_id is not null)
                                   order by r.reference_date desc, r.recorded_at desc limit 1) r on true
                where c.version_id is distinct from v.id or c.report_id is distinct from r.id""");
    }

    private LocalDate currentReportDate(LocationView location) throws Exception {
        return LocalDate.parse(Sql.strings(dataSource, "select report_date from monitoring.current_location"
                + " where location_id = " + location.locationId()).get(0));
    }

    private LocationView register(String code, String bag, LocationStatus status, LocalDate openedOn,
                                  Facilities facilities) throws Exception {
        return register(code, bag, status, openedOn, facilities, Certification.none());
    }

    private LocationView register(String code, String bag, LocationStatus status, LocalDate openedOn,
                                  Facilities facilities, Certification certification) throws Exception {
        return as(() -> locations.register(new LocationDetails(code, "Testlocatie " + System.nanoTime(), null, bag, null,
                null, HousingForm.HOTEL_PENSION, status, openedOn, null, facilities, certification, null, null,
                List.of())));
    }

    private static LocationDetails closed(LocationDetails d, LocalDate closedOn) {
        return new LocationDetails(d.municipalityCode(), d.name(), d.address(), d.bagId(), d.latitude(), d.longitude(),
                d.housingForm(), LocationStatus.CLOSED, d.openedOn(), closedOn, d.facilities(), d.certification(),
                d.stayFocus(), d.operator(), d.permits());
    }

    private OccupancyView report(LocationView location, LocalDate day, int persons) throws Exception {
        return as(() -> occupancy.report(new OccupancyFigures(location.locationId(), day, persons, null, null, null)));
    }

    private void importFile(ImportKind kind, String content) throws Exception {
        Path file = Files.createTempFile("huidig", ".csv");
        file.toFile().deleteOnExit();
        Files.writeString(file, content, StandardCharsets.UTF_8);
        as(() -> imports.importFile(kind, "huidig-" + System.nanoTime() + ".csv", file));
    }

    private static <T> T as(java.util.concurrent.Callable<T> action) throws Exception {
        return TestCaller.as(COORDINATOR, action);
    }

    private static String bagId() {
        // a Westland address: an officer's BAG id lies in their own municipality
        return "1783%012d".formatted(ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    }
}
