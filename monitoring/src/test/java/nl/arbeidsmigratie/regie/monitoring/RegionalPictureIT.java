package nl.arbeidsmigratie.regie.monitoring;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_AUDITOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.arbeidsmigratie.regie.monitoring.api.AgreedShare;
import nl.arbeidsmigratie.regie.monitoring.api.AreaFigures;
import nl.arbeidsmigratie.regie.monitoring.api.Certification;
import nl.arbeidsmigratie.regie.monitoring.api.CountDefinition;
import nl.arbeidsmigratie.regie.monitoring.api.CountFigures;
import nl.arbeidsmigratie.regie.monitoring.api.CountView;
import nl.arbeidsmigratie.regie.monitoring.api.DashboardView;
import nl.arbeidsmigratie.regie.monitoring.api.Facilities;
import nl.arbeidsmigratie.regie.monitoring.api.FairShareAgreements;
import nl.arbeidsmigratie.regie.monitoring.api.FairShareProgress;
import nl.arbeidsmigratie.regie.monitoring.api.FairShareTerms;
import nl.arbeidsmigratie.regie.monitoring.api.FairShareView;
import nl.arbeidsmigratie.regie.monitoring.api.HousingForm;
import nl.arbeidsmigratie.regie.monitoring.api.HousingLocations;
import nl.arbeidsmigratie.regie.monitoring.api.LocationDetails;
import nl.arbeidsmigratie.regie.monitoring.api.LocationStatus;
import nl.arbeidsmigratie.regie.monitoring.api.MunicipalCounts;
import nl.arbeidsmigratie.regie.monitoring.api.MunicipalFigures;
import nl.arbeidsmigratie.regie.monitoring.api.OccupancyFigures;
import nl.arbeidsmigratie.regie.monitoring.api.OccupancyReports;
import nl.arbeidsmigratie.regie.monitoring.api.OccupancyView;
import nl.arbeidsmigratie.regie.monitoring.api.RegionalPicture;
import nl.arbeidsmigratie.regie.monitoring.api.RegionalPictureView;
import nl.arbeidsmigratie.regie.monitoring.api.ShareProgress;
import nl.arbeidsmigratie.regie.monitoring.api.StayFocus;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityChange;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityDirectory;
import nl.arbeidsmigratie.regie.registration.api.RegionAdministration;
import nl.arbeidsmigratie.regie.registration.api.RegionView;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.container.TestCaller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The regional picture and fair-share agreements on Payara Micro and PostgreSQL. Each test builds a region of its
 * own from two municipalities outside Zuid-Holland (Aalten, Achtkarspelen), so no other test's data counts.
 */
@ExtendWith(ArquillianExtension.class)
class RegionalPictureIT {

    private static final String AALTEN = "GM0197";
    private static final String ACHTKARSPELEN = "GM0059";
    /** Only in the small-number test: a region of its own, so its figures are this test's alone. */
    private static final String ALMERE = "GM0034";
    private static final String ZEEWOLDE = "GM0050";
    /** Only in the shortfall test. */
    private static final String AA_EN_HUNZE = "GM1680";
    private static final String AALSMEER = "GM0358";
    private static final String COORDINATOR = DEMO_COORDINATOR.email();
    private static final LocalDate DAY = LocalDate.of(2015, 6, 1);

    @Deployment
    static WebArchive deployment() {
        return Deployments.moduleUnderTest(RegionalPictureIT.class);
    }

    @Inject
    RegionalPicture picture;

    @Inject
    FairShareAgreements agreements;

    @Inject
    MunicipalCounts counts;

    @Inject
    HousingLocations locations;

    @Inject
    OccupancyReports occupancy;

    @Inject
    RegionAdministration regions;

    @Inject
    MunicipalityDirectory directory;

    @Inject
    MunicipalFigures municipalFigures;

    /** Set up once per deployment: the tests run in the container, in any order, on the same data. */
    private static String region;

    /** A fresh region holding Aalten and Achtkarspelen, with locations, occupancy and counts on {@link #DAY}. */
    private synchronized String regionWithFigures() throws Exception {
        if (region != null) {
            return region;
        }
        String name = "Testregio " + System.nanoTime();
        region = setUp(name);
        return region;
    }

    private String setUp(String region) throws Exception {
        TestCaller.as(COORDINATOR, () -> {
            regions.create(region);
            for (String code : List.of(AALTEN, ACHTKARSPELEN)) {
                long version = directory.find(code).orElseThrow().version();
                directory.change(new MunicipalityChange(code, region, true, null, null, version));
            }
            // Aalten: one location meeting the SNF norms, one too cramped, one only planned
            long fine = location(AALTEN, LocationStatus.ACTIVE, LocalDate.of(2014, 6, 1),
                    new Facilities(40, new BigDecimal("400"), new BigDecimal("140"), 20, 5, 5));
            long cramped = location(AALTEN, LocationStatus.ACTIVE, LocalDate.of(2013, 6, 1),
                    new Facilities(10, new BigDecimal("50"), null, null, null, null));
            location(AALTEN, LocationStatus.PLANNED, null, new Facilities(99, null, null, null, null, null));
            occupancy.report(new OccupancyFigures(fine, LocalDate.of(2015, 2, 1), 30, null, null, null));
            occupancy.report(new OccupancyFigures(cramped, LocalDate.of(2015, 2, 1), 10, null, null, null));
            occupancy.report(new OccupancyFigures(cramped, LocalDate.of(2015, 7, 1), 3, null, null, null));
            // Achtkarspelen: beds without any report
            location(ACHTKARSPELEN, LocationStatus.ACTIVE, null, new Facilities(20, null, null, null, null, null));
            counts.record(count(ACHTKARSPELEN, LocalDate.of(2015, 1, 1), 50, 80, CountDefinition.LIVING_IN));
            counts.record(count(ACHTKARSPELEN, LocalDate.of(2015, 3, 1), 9000, 9000, CountDefinition.WORKING_IN));
            return null;
        });
        return region;
    }

    private long location(String code, LocationStatus status, LocalDate openedOn, Facilities facilities) {
        return location(code, status, openedOn, null, facilities);
    }

    private long location(String code, LocationStatus status, LocalDate openedOn, LocalDate closedOn,
                          Facilities facilities) {
        return locations.register(new LocationDetails(code, "Testlocatie " + System.nanoTime(), null, null, null, null,
                HousingForm.HOTEL_PENSION, status, openedOn, closedOn, facilities, Certification.none(), null, null,
                List.of())).locationId();
    }

    private static CountFigures count(String code, LocalDate date, int min, int max, CountDefinition definition) {
        return new CountFigures(code, date, null, null, null, min, max, "Testbron", null, definition, 4, 12);
    }

    @Test
    void thePictureAddsUpARegionAndAsKnownOnShowsTheFigureBeforeACorrection() throws Exception {
        String region = regionWithFigures();
        CountView first = TestCaller.as(COORDINATOR, () ->
                counts.record(count(AALTEN, LocalDate.of(2015, 1, 1), 100, 200, CountDefinition.LIVING_IN)));
        Thread.sleep(20);
        Instant beforeCorrection = Instant.now();
        Thread.sleep(20);
        TestCaller.as(COORDINATOR, () -> counts.correct(first.id(),
                count(AALTEN, LocalDate.of(2015, 1, 1), 300, 400, CountDefinition.LIVING_IN), "Herziene schatting"));

        // an officer of another municipality sees the aggregates too
        RegionalPictureView now = TestCaller.as(DEMO_OFFICER.email(), () -> picture.picture(region, DAY, null));
        AreaFigures aalten = now.municipalities().stream().filter(m -> m.code().equals(AALTEN)).findFirst().orElseThrow();
        assertThat(aalten.estimateMin()).isEqualTo(300);
        assertThat(aalten.estimateMax()).isEqualTo(400);
        assertThat(aalten.beds()).isEqualTo(50);
        assertThat(aalten.occupancy()).isEqualTo(40);
        assertThat(aalten.locations()).isEqualTo(2);
        assertThat(aalten.gapMin()).isEqualTo(250);
        assertThat(aalten.normShare()).isCloseTo(0.8, within(0.0001));

        AreaFigures total = now.regionTotal();
        assertThat(total.municipalities()).isEqualTo(2);
        assertThat(total.estimateMin()).isEqualTo(350);
        assertThat(total.estimateMax()).isEqualTo(480);
        // Achtkarspelen's 20 beds have no opening date and were registered after DAY: not there yet on DAY
        AreaFigures achtkarspelen = now.municipalities().stream().filter(m -> m.code().equals(ACHTKARSPELEN))
                .findFirst().orElseThrow();
        assertThat(achtkarspelen.beds()).isZero();
        assertThat(achtkarspelen.locations()).isZero();
        assertThat(total.beds()).isEqualTo(50);
        assertThat(total.occupancy()).isEqualTo(40);
        assertThat(total.gapMin()).isEqualTo(300);
        assertThat(total.gapMax()).isEqualTo(430);
        assertThat(total.normShare()).isCloseTo(0.8, within(0.0001));
        assertThat(now.provinceTotal()).isNull();

        RegionalPictureView before = TestCaller.as(DEMO_AUDITOR.email(), () -> picture.picture(region, DAY, beforeCorrection));
        assertThat(before.regionTotal().estimateMin()).isEqualTo(150);
        assertThat(before.regionTotal().estimateMax()).isEqualTo(280);
        assertThat(before.regionTotal().beds()).isEqualTo(50);

        RegionalPictureView earlier = TestCaller.as(COORDINATOR, () -> picture.picture(region, LocalDate.of(2014, 1, 1), null));
        assertThat(earlier.regionTotal().beds()).as("only the location opened in 2013").isEqualTo(10);

        RegionalPictureView today = TestCaller.as(COORDINATOR,
                () -> picture.picture(region, LocalDate.now(DutchTime.ZONE), null));
        assertThat(today.municipalities()).filteredOn(m -> m.code().equals(ACHTKARSPELEN)).singleElement()
                .satisfies(m -> assertThat(m.beds()).as("registered today").isEqualTo(20));
        // the cramped location's 3 persons break no rule, but without bedrooms, toilets or showers known its rules
        // are undecided: its 10 beds do not meet the norm, as now so as known at a moment
        RegionalPictureView todayAsKnown = TestCaller.as(COORDINATOR,
                () -> picture.picture(region, LocalDate.now(DutchTime.ZONE), Instant.now()));
        for (RegionalPictureView view : List.of(today, todayAsKnown)) {
            assertThat(view.municipalities()).filteredOn(m -> m.code().equals(AALTEN)).singleElement()
                    .satisfies(m -> assertThat(m.bedsMeetingNorm()).isEqualTo(40));
        }
        assertThat(earlier.regionTotal().estimateMin()).isNull();

        RegionalPictureView haaglanden = TestCaller.as(COORDINATOR, () -> picture.picture("Haaglanden", DAY, null));
        assertThat(haaglanden.province()).isEqualTo("Zuid-Holland");
        assertThat(haaglanden.regions()).extracting(AreaFigures::name).contains("Haaglanden", "Drechtsteden");
        assertThat(haaglanden.provinceTotal().municipalities()).isGreaterThanOrEqualTo(50);

        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> picture.picture("Nergensland", DAY, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("region")));
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> picture.picture(region, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("date")));
        assertThatThrownBy(() -> picture.picture(region, DAY, null)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void aMergedMunicipalityCountsWithTheOneThatTookItOverOnEveryDayAsStatisticsCompareYears() throws Exception {
        String merging = "GM0088";
        String taking = "GM0096";
        String region = "Fusieregio " + System.nanoTime();
        TestCaller.as(COORDINATOR, () -> {
            regions.create(region);
            for (String code : List.of(merging, taking)) {
                long version = directory.find(code).orElseThrow().version();
                directory.change(new MunicipalityChange(code, region, true, null, null, version));
            }
            location(merging, LocationStatus.ACTIVE, LocalDate.of(2014, 6, 1),
                    new Facilities(40, null, null, null, null, null));
            location(taking, LocationStatus.ACTIVE, LocalDate.of(2014, 6, 1),
                    new Facilities(10, null, null, null, null, null));
            counts.record(count(merging, LocalDate.of(2015, 1, 1), 100, 120, CountDefinition.LIVING_IN));
            counts.record(count(taking, LocalDate.of(2015, 1, 1), 20, 30, CountDefinition.LIVING_IN));
            return null;
        });
        AreaFigures separate = TestCaller.as(COORDINATOR, () -> picture.picture(region, DAY, null)).regionTotal();
        assertThat(separate).extracting(AreaFigures::municipalities, AreaFigures::beds, AreaFigures::estimateMin,
                AreaFigures::estimateMax).containsExactly(2, 50, 120, 150);
        try {
            TestCaller.as(COORDINATOR, () -> directory.change(new MunicipalityChange(merging, region, false, taking,
                    LocalDate.of(2016, 1, 1), directory.find(merging).orElseThrow().version())));

            // before the merger too: its locations and people are part of the municipality that took it over
            RegionalPictureView merged = TestCaller.as(COORDINATOR, () -> picture.picture(region, DAY, null));
            assertThat(merged.municipalities()).singleElement().satisfies(m -> assertThat(m).extracting(
                    AreaFigures::code, AreaFigures::locations, AreaFigures::beds, AreaFigures::estimateMin,
                    AreaFigures::estimateMax).containsExactly(taking, 2, 50, 120, 150));
            assertThat(merged.regionTotal()).extracting(AreaFigures::municipalities, AreaFigures::beds,
                    AreaFigures::estimateMin).containsExactly(1, 50, 120);
            // so does its own line, which its page and a strategy's figures show
            assertThat(TestCaller.as(COORDINATOR, () -> municipalFigures.area(taking, DAY, Instant.now())))
                    .extracting(AreaFigures::locations, AreaFigures::beds).containsExactly(2, 50);
            assertThat(TestCaller.as(COORDINATOR, () -> picture.national(DAY, null)).municipalities())
                    .extracting(AreaFigures::code).contains(taking).doesNotContain(merging);
            // and the regions page counts it as the picture does
            assertThat(TestCaller.as(COORDINATOR, () -> regions.overview())).filteredOn(r -> r.name().equals(region))
                    .singleElement().satisfies(r -> assertThat(r.municipalities()).isEqualTo(1L));

            // a count made since the merger counts the people of both parts: it is the estimate alone
            TestCaller.as(COORDINATOR, () -> counts.record(count(taking, LocalDate.of(2016, 3, 1), 200, 210,
                    CountDefinition.LIVING_IN)));
            assertThat(TestCaller.as(COORDINATOR, () -> picture.picture(region, LocalDate.of(2016, 6, 1), null))
                    .regionTotal()).extracting(AreaFigures::beds, AreaFigures::estimateMin, AreaFigures::estimateMax)
                    .containsExactly(50, 200, 210);
        } finally {
            TestCaller.as(COORDINATOR, () -> directory.change(new MunicipalityChange(merging, region, true, null,
                    null, directory.find(merging).orElseThrow().version())));
        }
    }

    @Test
    void smallOccupancyIsWithheldFromAllButCoordinatorsAndSoIsEveryTotalContainingIt() throws Exception {
        String region = "Testregio klein " + System.nanoTime();
        LocalDate day = LocalDate.of(2016, 3, 1);
        TestCaller.as(COORDINATOR, () -> {
            regions.create(region);
            for (String code : List.of(ALMERE, ZEEWOLDE)) {
                long version = directory.find(code).orElseThrow().version();
                directory.change(new MunicipalityChange(code, region, true, null, null, version));
            }
            long small = location(ALMERE, LocationStatus.ACTIVE, LocalDate.of(2015, 1, 1),
                    new Facilities(30, null, null, null, null, null));
            long large = location(ZEEWOLDE, LocationStatus.ACTIVE, LocalDate.of(2015, 1, 1),
                    new Facilities(20, null, null, null, null, null));
            occupancy.report(new OccupancyFigures(small, LocalDate.of(2016, 2, 1), 3, null, null, null));
            occupancy.report(new OccupancyFigures(large, LocalDate.of(2016, 2, 1), 12, null, null, null));
            return null;
        });

        for (String reader : List.of(DEMO_OFFICER.email(), DEMO_AUDITOR.email())) {
            RegionalPictureView seen = TestCaller.as(reader, () -> picture.picture(region, day, null));
            assertThat(figuresOf(seen, ALMERE).occupancy()).as("1 to 4 persons").isNull();
            assertThat(figuresOf(seen, ALMERE).beds()).isEqualTo(30);
            assertThat(figuresOf(seen, ZEEWOLDE).occupancy()).isEqualTo(12);
            assertThat(seen.regionTotal().occupancy()).as("total minus Zeewolde would give Almere").isNull();
            assertThat(seen.regionTotal().beds()).isEqualTo(50);
            assertThat(seen.regions()).filteredOn(r -> r.name().equals(region))
                    .singleElement().satisfies(r -> assertThat(r.occupancy()).isNull());
            RegionalPictureView dashboard = TestCaller.as(reader, () -> picture.dashboard(region, null, day, null)
                    .picture());
            assertThat(figuresOf(dashboard, ALMERE).occupancy()).isNull();
            assertThat(dashboard.regionTotal().occupancy()).isNull();
        }

        RegionalPictureView coordinator = TestCaller.as(COORDINATOR, () -> picture.picture(region, day, null));
        assertThat(figuresOf(coordinator, ALMERE).occupancy()).isEqualTo(3);
        assertThat(coordinator.regionTotal().occupancy()).isEqualTo(15);

        // before the reports, nothing is small and nothing is known: no location had reported
        RegionalPictureView before = TestCaller.as(DEMO_OFFICER.email(),
                () -> picture.picture(region, LocalDate.of(2016, 1, 1), null));
        assertThat(figuresOf(before, ALMERE).occupancy()).isZero();
        assertThat(figuresOf(before, ALMERE).occupancyUnknown()).isTrue();
        assertThat(before.regionTotal().occupancyUnknown()).isTrue();

        // "more than 100" in Almere leaves its maximum open, and so the region's: never 100 as if it were the most
        TestCaller.as(COORDINATOR, () -> {
            counts.record(new CountFigures(ALMERE, day.minusDays(1), null, null, null, 100, null, "Testbron", null,
                    CountDefinition.LIVING_IN, 4, 12));
            return counts.record(count(ZEEWOLDE, day.minusDays(1), 40, 60, CountDefinition.LIVING_IN));
        });
        for (RegionalPictureView open : List.of(TestCaller.as(COORDINATOR, () -> picture.picture(region, day, null)),
                TestCaller.as(COORDINATOR, () -> picture.picture(region, day, Instant.now())))) {
            AreaFigures almere = figuresOf(open, ALMERE);
            assertThat(almere.estimateMin()).isEqualTo(100);
            assertThat(almere.estimateMax()).isNull();
            assertThat(almere.gapMin()).isEqualTo(70);
            assertThat(almere.gapMax()).isNull();
            assertThat(open.regionTotal().estimateMunicipalities()).isEqualTo(2);
            assertThat(open.regionTotal().estimateMin()).isEqualTo(140);
            assertThat(open.regionTotal().estimateMax()).isNull();
            assertThat(open.regionTotal().gapMin()).isEqualTo(90);
        }
    }

    @Test
    void anOccupancyNoLocationHadReportedIsUnknownAndOneSomeHadReportedSaysHowMany() throws Exception {
        String region = "Testregio gemeld " + System.nanoTime();
        // closed before the other tests' days, so their pictures of these municipalities are not changed
        LocalDate closed = LocalDate.of(2015, 1, 1);
        long[] first = new long[1];
        TestCaller.as(COORDINATOR, () -> {
            regions.create(region);
            for (String code : List.of(ALMERE, ZEEWOLDE)) {
                long version = directory.find(code).orElseThrow().version();
                directory.change(new MunicipalityChange(code, region, true, null, null, version));
            }
            first[0] = location(ALMERE, LocationStatus.CLOSED, LocalDate.of(2014, 1, 1), closed,
                    new Facilities(30, null, null, null, null, null));
            long second = location(ALMERE, LocationStatus.CLOSED, LocalDate.of(2014, 1, 1), closed,
                    new Facilities(10, null, null, null, null, null));
            location(ZEEWOLDE, LocationStatus.CLOSED, LocalDate.of(2014, 1, 1), closed,
                    new Facilities(20, null, null, null, null, null));
            occupancy.report(new OccupancyFigures(first[0], LocalDate.of(2014, 3, 1), 25, null, null, null));
            occupancy.report(new OccupancyFigures(second, LocalDate.of(2014, 6, 1), 8, null, null, null));
            return null;
        });
        Instant known = Instant.now();

        for (Instant asKnownOn : java.util.Arrays.asList(null, known)) {
            RegionalPictureView before = TestCaller.as(COORDINATOR,
                    () -> picture.picture(region, LocalDate.of(2014, 2, 1), asKnownOn));
            assertThat(figuresOf(before, ALMERE)).extracting(AreaFigures::locations, AreaFigures::reported,
                    AreaFigures::occupancyUnknown).containsExactly(2, 0, true);
            assertThat(before.regionTotal().occupancyUnknown()).isTrue();

            RegionalPictureView between = TestCaller.as(COORDINATOR,
                    () -> picture.picture(region, LocalDate.of(2014, 4, 1), asKnownOn));
            assertThat(figuresOf(between, ALMERE)).extracting(AreaFigures::occupancy, AreaFigures::reported,
                    AreaFigures::occupancyUnknown, AreaFigures::occupancyPartial).containsExactly(25, 1, false, true);
            assertThat(figuresOf(between, ZEEWOLDE).occupancyUnknown()).isTrue();
            assertThat(between.regionTotal()).extracting(AreaFigures::occupancy, AreaFigures::reported,
                    AreaFigures::locations, AreaFigures::occupancyPartial).containsExactly(25, 1, 3, true);

            RegionalPictureView after = TestCaller.as(COORDINATOR,
                    () -> picture.picture(region, LocalDate.of(2014, 7, 1), asKnownOn));
            assertThat(figuresOf(after, ALMERE)).extracting(AreaFigures::occupancy, AreaFigures::reported,
                    AreaFigures::occupancyPartial).containsExactly(33, 2, false);
        }

        // a report marked as an error no longer counts as reported
        TestCaller.as(COORDINATOR, () -> {
            OccupancyView report = occupancy.asKnownOn(first[0], Instant.now()).get(0);
            occupancy.markAsError(report.id(), "verkeerde locatie");
            return null;
        });
        for (Instant asKnownOn : java.util.Arrays.asList(null, Instant.now())) {
            RegionalPictureView corrected = TestCaller.as(COORDINATOR,
                    () -> picture.picture(region, LocalDate.of(2014, 4, 1), asKnownOn));
            assertThat(figuresOf(corrected, ALMERE)).extracting(AreaFigures::occupancy, AreaFigures::reported,
                    AreaFigures::occupancyUnknown).containsExactly(0, 0, true);
        }
    }

    private static AreaFigures figuresOf(RegionalPictureView picture, String code) {
        return picture.municipalities().stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void coordinatorsAgreeAndReviseSharesAndTheProgressShowsRealisedAgainstAgreed() throws Exception {
        String region = regionWithFigures();
        FairShareTerms terms = new FairShareTerms(region, "Taakstelling 2013", 100, LocalDate.of(2013, 1, 1),
                LocalDate.of(2020, 12, 31), List.of(new AgreedShare(AALTEN, 60), new AgreedShare(ACHTKARSPELEN, null)), null);

        TestCaller.as(DEMO_OFFICER.email(), () -> assertThatThrownBy(() -> agreements.create(terms))
                .isInstanceOf(AccessRefusedException.class));
        TestCaller.as(DEMO_AUDITOR.email(), () -> assertThatThrownBy(() -> agreements.create(terms))
                .isInstanceOf(AccessRefusedException.class));
        FairShareView created = TestCaller.as(COORDINATOR, () -> agreements.create(terms));
        assertThat(created.versionNo()).isEqualTo(1);
        assertThat(created.remainder()).isEqualTo(40);
        assertThat(created.terms().shares()).containsExactly(new AgreedShare(AALTEN, 60));

        FairShareProgress progress = TestCaller.as(DEMO_OFFICER.email(), () -> agreements.progress(created.agreementId(), DAY, Instant.now()));
        assertThat(progress.moments()).containsExactly(LocalDate.of(2013, 1, 1), LocalDate.of(2014, 1, 1),
                LocalDate.of(2015, 1, 1), DAY);
        ShareProgress aalten = progress.rows().get(0);
        assertThat(aalten.municipalityCode()).isEqualTo(AALTEN);
        assertThat(aalten.agreed()).isEqualTo(60);
        assertThat(aalten.realised()).containsExactly(0, 10, 50, 50);
        ShareProgress others = progress.rows().get(1);
        assertThat(others.municipalityCode()).isNull();
        assertThat(others.agreed()).isEqualTo(40);
        assertThat(others.realised()).as("Achtkarspelen's beds have no opening date and were registered after %s", DAY)
                .containsExactly(0, 0, 0, 0);

        Instant beforeRevision = Instant.now();
        Thread.sleep(20);
        FairShareTerms revised = new FairShareTerms(region, "Taakstelling 2013", 100, LocalDate.of(2013, 1, 1),
                LocalDate.of(2022, 12, 31), List.of(new AgreedShare(AALTEN, 70), new AgreedShare(ACHTKARSPELEN, 30)), null);
        TestCaller.as(DEMO_AUDITOR.email(), () -> assertThatThrownBy(() -> agreements.revise(created.agreementId(), 1, revised, "Bijgesteld"))
                .isInstanceOf(AccessRefusedException.class));
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> agreements.revise(created.agreementId(), 1, revised, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason")));
        // every municipality named, the places left over would be no one's
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> agreements.revise(created.agreementId(), 1,
                new FairShareTerms(region, "Taakstelling 2013", 100, LocalDate.of(2013, 1, 1), LocalDate.of(2022, 12, 31),
                        List.of(new AgreedShare(AALTEN, 70), new AgreedShare(ACHTKARSPELEN, 20)), null), "Bijgesteld"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.fairshare.unassigned")));
        FairShareView second = TestCaller.as(COORDINATOR, () -> agreements.revise(created.agreementId(), 1, revised, "Bijgesteld"));
        assertThat(second.versionNo()).isEqualTo(2);
        assertThat(second.remainder()).isZero();
        assertThat(TestCaller.as(DEMO_AUDITOR.email(), () -> agreements.history(created.agreementId())))
                .extracting(FairShareView::versionNo).containsExactly(1, 2);
        assertThat(TestCaller.as(COORDINATOR, () -> agreements.ofRegion(region, beforeRevision)))
                .singleElement().satisfies(v -> assertThat(v.versionNo()).isEqualTo(1));
        assertThat(TestCaller.as(COORDINATOR, () -> agreements.progress(created.agreementId(), DAY, Instant.now())).rows())
                .extracting(ShareProgress::agreed).containsExactly(70, 30);

        DashboardView dashboard = TestCaller.as(DEMO_OFFICER.email(), () -> picture.dashboard(region, null, DAY, null));
        assertThat(dashboard.picture().regionTotal().beds()).as("the picture agrees with what was realised on DAY")
                .isEqualTo(50);
        assertThat(dashboard.agreements()).extracting(FairShareView::agreementId).containsExactly(created.agreementId());
        assertThat(dashboard.progress().rows()).extracting(ShareProgress::agreed).containsExactly(70, 30);
        assertThat(dashboard.progress().rows()).extracting(ShareProgress::realisedNow).containsExactly(50, 0);
    }

    @Test
    void theShortfallLeavesOutBedsWithoutAnEstimateAndRealisedCountsBedsFromTheirRegistration() throws Exception {
        String region = "Testregio tekort " + System.nanoTime();
        LocalDate today = LocalDate.now(DutchTime.ZONE);
        FairShareView agreement = TestCaller.as(COORDINATOR, () -> {
            regions.create(region);
            for (String code : List.of(AA_EN_HUNZE, AALSMEER)) {
                long version = directory.find(code).orElseThrow().version();
                directory.change(new MunicipalityChange(code, region, true, null, null, version));
            }
            // Aa en Hunze: an estimate and 30 beds; Aalsmeer: 50 beds registered today, no opening date, no estimate
            location(AA_EN_HUNZE, LocationStatus.ACTIVE, LocalDate.of(2015, 1, 1),
                    new Facilities(30, null, null, null, null, null));
            location(AALSMEER, LocationStatus.ACTIVE, null, new Facilities(50, null, null, null, null, null));
            counts.record(count(AA_EN_HUNZE, LocalDate.of(2016, 1, 1), 100, 200, CountDefinition.LIVING_IN));
            return agreements.create(new FairShareTerms(region, "Taakstelling tekort", 100, today.minusDays(10),
                    today.plusYears(2), List.of(new AgreedShare(AALSMEER, 60)), null));
        });

        AreaFigures total = TestCaller.as(COORDINATOR, () -> picture.picture(region, today, null)).regionTotal();
        assertThat(total.beds()).isEqualTo(80);
        assertThat(total.estimateMunicipalities()).isEqualTo(1);
        assertThat(total.gapMin()).as("100 estimated against Aa en Hunze's 30 beds, not all 80").isEqualTo(70);
        assertThat(total.gapMax()).isEqualTo(170);

        FairShareProgress progress = TestCaller.as(COORDINATOR,
                () -> agreements.progress(agreement.agreementId(), today, Instant.now()));
        assertThat(progress.moments()).containsExactly(today.minusDays(10), today);
        assertThat(progress.rows().get(0).realised()).as("Aalsmeer: registered today, so not yet realised 10 days ago")
                .containsExactly(0, 50);
        assertThat(progress.rows().get(1).realised()).as("the others: opened in 2015").containsExactly(30, 30);
        assertThat(TestCaller.as(COORDINATOR, () -> picture.dashboard(region, agreement.agreementId(), today, null))
                .progress()).as("the dashboard's progress as known now, read from the current state")
                .usingRecursiveComparison().ignoringFields("asKnownOn").isEqualTo(progress);

        // a municipality the agreement names that has left the region since keeps its row, its name and its beds
        String elsewhere = "Testregio elders " + System.nanoTime();
        TestCaller.as(COORDINATOR, () -> {
            regions.create(elsewhere);
            long version = directory.find(AALSMEER).orElseThrow().version();
            directory.change(new MunicipalityChange(AALSMEER, elsewhere, true, null, null, version));
            return null;
        });
        for (FairShareProgress after : List.of(
                TestCaller.as(COORDINATOR, () -> agreements.progress(agreement.agreementId(), today, Instant.now())),
                TestCaller.as(COORDINATOR, () -> picture.dashboard(region, agreement.agreementId(), today, null))
                        .progress())) {
            assertThat(after.rows().get(0)).extracting(ShareProgress::name, ShareProgress::realisedNow)
                    .containsExactly("Aalsmeer", 50);
        }

        // an agreement on short-stay places (Haaglanden's) realises the beds of locations meant for short stay only
        FairShareView shortStay = TestCaller.as(COORDINATOR, () -> {
            locations.register(new LocationDetails(AA_EN_HUNZE, "Short stay " + System.nanoTime(), null, null, null,
                    null, HousingForm.HOTEL_PENSION, LocationStatus.ACTIVE, LocalDate.of(2015, 1, 1), null,
                    new Facilities(15, null, null, null, null, null), Certification.none(), StayFocus.SHORT, null,
                    List.of()));
            return agreements.create(new FairShareTerms(region, "Short stay", 100, today.minusDays(10),
                    today.plusYears(2), List.of(), StayFocus.SHORT));
        });
        FairShareProgress onlyShort = TestCaller.as(COORDINATOR,
                () -> agreements.progress(shortStay.agreementId(), today, Instant.now()));
        assertThat(onlyShort.agreement().terms().stayFocus()).isEqualTo(StayFocus.SHORT);
        assertThat(onlyShort.rows()).singleElement().satisfies(r -> assertThat(r.realised()).containsExactly(15, 15));
        assertThat(TestCaller.as(COORDINATOR, () -> picture.dashboard(region, shortStay.agreementId(), today, null))
                .progress()).usingRecursiveComparison().ignoringFields("asKnownOn").isEqualTo(onlyShort);

        // renamed, the region keeps its agreements: found by its new name and measured against its members as before
        String renamed = region + " hernoemd";
        TestCaller.as(COORDINATOR, () -> {
            RegionView view = regions.overview().stream().filter(r -> r.name().equals(region)).findFirst()
                    .orElseThrow();
            regions.rename(view.id(), view.version(), renamed);
            return null;
        });
        assertThat(TestCaller.as(COORDINATOR, () -> agreements.ofRegion(renamed, Instant.now())))
                .extracting(FairShareView::agreementId)
                .containsExactlyInAnyOrder(agreement.agreementId(), shortStay.agreementId());
        assertThat(TestCaller.as(COORDINATOR, () -> agreements.ofRegion(region, Instant.now()))).isEmpty();
        FairShareProgress afterRenaming = TestCaller.as(COORDINATOR,
                () -> picture.dashboard(renamed, shortStay.agreementId(), today, null).progress());
        assertThat(afterRenaming.agreement().terms().region()).isEqualTo(renamed);
        assertThat(afterRenaming.rows()).isEqualTo(onlyShort.rows());
    }

    @Test
    void badTermsAreRefusedWithTheFieldAndNothingIsStored() throws Exception {
        String region = regionWithFigures();
        LocalDate agreed = LocalDate.of(2013, 1, 1);
        LocalDate deadline = LocalDate.of(2020, 1, 1);
        List<FairShareTerms> bad = List.of(
                new FairShareTerms(region, "Te veel", 100, agreed, deadline,
                        List.of(new AgreedShare(AALTEN, 80), new AgreedShare(ACHTKARSPELEN, 30)), null),
                new FairShareTerms(region, "Negatief", 100, agreed, deadline, List.of(new AgreedShare(AALTEN, -1)), null),
                new FairShareTerms(region, "Geen termijn", 100, agreed, null, List.of(), null),
                new FairShareTerms(region, "Termijn voor afspraak", 100, agreed, agreed.minusDays(1), List.of(), null),
                new FairShareTerms(region, "Geen totaal", 0, agreed, deadline, List.of(), null),
                new FairShareTerms(region, "Buiten de regio", 100, agreed, deadline, List.of(new AgreedShare("GM0518", 10)), null),
                new FairShareTerms("Nergensland", "Onbekende regio", 100, agreed, deadline, List.of(), null));
        List<String> fields = List.of("shares", "shares", "deadline", "deadline", "totalPlaces", "shares", "region");
        List<FairShareView> before = TestCaller.as(COORDINATOR, () -> agreements.ofRegion(region, Instant.now()));
        for (int i = 0; i < bad.size(); i++) {
            FairShareTerms terms = bad.get(i);
            String field = fields.get(i);
            TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> agreements.create(terms))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field)));
        }
        assertThat(TestCaller.as(COORDINATOR, () -> agreements.ofRegion(region, Instant.now()))).isEqualTo(before);
    }
}
