package nl.arbeidsmigratie.regie.monitoring;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_AUDITOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import nl.arbeidsmigratie.regie.platform.api.Datasource;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongFunction;
import nl.arbeidsmigratie.regie.monitoring.api.Address;
import nl.arbeidsmigratie.regie.monitoring.api.Certification;
import nl.arbeidsmigratie.regie.monitoring.api.Facilities;
import nl.arbeidsmigratie.regie.monitoring.api.HousingForm;
import nl.arbeidsmigratie.regie.monitoring.api.HousingLocations;
import nl.arbeidsmigratie.regie.monitoring.api.LocationDetails;
import nl.arbeidsmigratie.regie.monitoring.api.LocationStatus;
import nl.arbeidsmigratie.regie.monitoring.api.LocationView;
import nl.arbeidsmigratie.regie.monitoring.api.MunicipalCounts;
import nl.arbeidsmigratie.regie.monitoring.api.NormCheck;
import nl.arbeidsmigratie.regie.monitoring.api.NormFinding;
import nl.arbeidsmigratie.regie.monitoring.api.NormRule;
import nl.arbeidsmigratie.regie.monitoring.api.NormRuleSetView;
import nl.arbeidsmigratie.regie.monitoring.api.NormRules;
import nl.arbeidsmigratie.regie.monitoring.api.Norms;
import nl.arbeidsmigratie.regie.monitoring.api.OccupancyFigures;
import nl.arbeidsmigratie.regie.monitoring.api.OccupancyReports;
import nl.arbeidsmigratie.regie.monitoring.api.OccupancyView;
import nl.arbeidsmigratie.regie.monitoring.api.Permit;
import nl.arbeidsmigratie.regie.monitoring.api.PermitKind;
import nl.arbeidsmigratie.regie.monitoring.api.QualityMark;
import nl.arbeidsmigratie.regie.monitoring.api.StayFocus;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.AuditEntryView;
import nl.arbeidsmigratie.regie.platform.api.AuditFilter;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.AuditReview;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.container.Sql;
import nl.arbeidsmigratie.regie.testing.container.TestCaller;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Housing locations, occupancy and the norm check on Payara Micro and PostgreSQL: rules, versions, access. */
@ExtendWith(ArquillianExtension.class)
class LocationsIT {

    private static final String WESTLAND = "GM1783";
    private static final String OFFICER = DEMO_OFFICER.email();
    private static final String COORDINATOR = DEMO_COORDINATOR.email();
    private static final String AUDITOR = DEMO_AUDITOR.email();

    @Deployment
    static WebArchive deployment() {
        return Deployments.moduleUnderTest(LocationsIT.class);
    }

    @Inject
    HousingLocations locations;

    @Inject
    OccupancyReports occupancy;

    @Inject
    Norms norms;

    @Inject
    AuditReview auditReview;

    @Inject
    MunicipalCounts counts;

    @Resource(lookup = Datasource.JNDI_NAME)
    DataSource dataSource;

    private static LocationDetails units(String municipality, String name, QualityMark mark) {
        return new LocationDetails(municipality, name, new Address("Zwethlaan", "12", "2671ab", "Honselersdijk"),
                uniqueBagId(), new BigDecimal("52.0"), new BigDecimal("4.2"), HousingForm.HOUSING_UNITS,
                LocationStatus.ACTIVE, LocalDate.of(2020, 1, 1), null,
                new Facilities(8, new BigDecimal("104"), new BigDecimal("30"), 4, 1, 1),
                mark == QualityMark.NONE ? Certification.none()
                        : new Certification(mark, "CERT-1", LocalDate.of(2025, 3, 1), LocalDate.of(2027, 3, 1)),
                StayFocus.SHORT, "Flexwonen BV",
                List.of(new Permit(PermitKind.VERHUURVERGUNNING, "V-2024-17", LocalDate.of(2024, 1, 1),
                        LocalDate.of(2028, 12, 31))));
    }

    /** Unique, because the import of other tests refers to locations by BAG id in the same database. */
    private static String uniqueBagId() {
        return "1783%012d".formatted(ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anOfficerRegistersALocationWithItsPostcodeInTheDutchForm() throws Exception {
        String name = unique("Units Zwethlaan");
        LocationView registered = TestCaller.as(OFFICER, () -> locations.register(units(WESTLAND, name, QualityMark.SNF)));
        assertThat(registered.version()).isEqualTo(1);
        assertThat(registered.details().address().postcode()).isEqualTo("2671 AB");
        assertThat(registered.details().permits()).extracting(Permit::number).containsExactly("V-2024-17");
        assertThat(TestCaller.as(AUDITOR, () -> locations.asKnownOn(WESTLAND, Instant.now())))
                .extracting(v -> v.details().name()).contains(name);
        assertThat(TestCaller.as(AUDITOR, () -> locations.find(registered.locationId(), Instant.now())).orElseThrow()
                .recordedAt()).as("the moment the write answered is the one read back").isEqualTo(registered.recordedAt());
    }

    @Test
    void badLocationsAreRefusedWithTheFieldAndNothingIsStored() throws Exception {
        String name = unique("Fout");
        LocationDetails good = units(WESTLAND, name, QualityMark.NONE);
        List<LocationDetails> bad = List.of(
                new LocationDetails(WESTLAND, name, new Address("Straat", "1", "0123 AB", "Plaats"), null, null, null,
                        HousingForm.HOTEL_PENSION, LocationStatus.ACTIVE, null, null, null, null, null, null, null),
                new LocationDetails(WESTLAND, name, new Address("Straat", "1", "2671 A", "Plaats"), null, null, null,
                        HousingForm.HOTEL_PENSION, LocationStatus.ACTIVE, null, null, null, null, null, null, null),
                new LocationDetails(WESTLAND, name, good.address(), "12345", null, null, HousingForm.HOTEL_PENSION,
                        LocationStatus.ACTIVE, null, null, null, null, null, null, null),
                new LocationDetails(WESTLAND, " ", good.address(), null, null, null, HousingForm.HOTEL_PENSION,
                        LocationStatus.ACTIVE, null, null, null, null, null, null, null),
                new LocationDetails(WESTLAND, name, good.address(), null, null, null, HousingForm.HOTEL_PENSION,
                        LocationStatus.ACTIVE, null, null, new Facilities(-1, null, null, null, null, null), null, null,
                        null, null),
                new LocationDetails(WESTLAND, name, good.address(), null, null, null, HousingForm.HOTEL_PENSION,
                        LocationStatus.CLOSED, null, null, null, null, null, null, null),
                new LocationDetails(WESTLAND, name, good.address(), null, null, null, HousingForm.HOTEL_PENSION,
                        LocationStatus.ACTIVE, null, null, new Facilities(null, new BigDecimal("1e9"), null, null, null, null),
                        null, null, null, null),
                new LocationDetails(WESTLAND, name, good.address(), null, null, null, HousingForm.HOTEL_PENSION,
                        LocationStatus.ACTIVE, null, null, new Facilities(null, null, new BigDecimal("1e-999999999"), null,
                        null, null), null, null, null, null),
                // kept to a tenth of a square metre: a hundredth would be rounded away unseen
                new LocationDetails(WESTLAND, name, good.address(), null, null, null, HousingForm.HOTEL_PENSION,
                        LocationStatus.ACTIVE, null, null, new Facilities(null, new BigDecimal("300.25"), null, null,
                        null, null), null, null, null, null),
                new LocationDetails(WESTLAND, name, good.address(), null, new BigDecimal("52.00000000001"), null,
                        HousingForm.HOTEL_PENSION, LocationStatus.ACTIVE, null, null, null, null, null, null, null),
                new LocationDetails(WESTLAND, name, new Address("Straat", "-12", "2671 AB", "Plaats"), null, null, null,
                        HousingForm.HOTEL_PENSION, LocationStatus.ACTIVE, null, null, null, null, null, null, null),
                new LocationDetails(WESTLAND, name, new Address("Straat", "0", "2671 AB", "Plaats"), null, null, null,
                        HousingForm.HOTEL_PENSION, LocationStatus.ACTIVE, null, null, null, null, null, null, null),
                new LocationDetails(WESTLAND, name, new Address("Straat", "achter", "2671 AB", "Plaats"), null, null,
                        null, HousingForm.HOTEL_PENSION, LocationStatus.ACTIVE, null, null, null, null, null, null,
                        null),
                // bedrooms larger than the floor; forty beds on twelve square metres (1.200 read as 1,2 elsewhere)
                new LocationDetails(WESTLAND, name, good.address(), null, null, null, HousingForm.HOTEL_PENSION,
                        LocationStatus.ACTIVE, null, null, new Facilities(10, new BigDecimal("120"),
                        new BigDecimal("160"), null, null, null), null, null, null, null),
                new LocationDetails(WESTLAND, name, good.address(), null, null, null, HousingForm.HOTEL_PENSION,
                        LocationStatus.ACTIVE, null, null, new Facilities(40, new BigDecimal("1.2"), null, null, null,
                        null), null, null, null, null));
        List<String> fields = List.of("postcode", "postcode", "bagId", "name", "beds", "closedOn", "floorArea",
                "bedroomArea", "floorArea", "latitude", "houseNumber", "houseNumber", "houseNumber", "bedroomArea",
                "floorArea");
        for (int i = 0; i < bad.size(); i++) {
            LocationDetails details = bad.get(i);
            String field = fields.get(i);
            TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> locations.register(details))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field)));
        }
        // dates that cannot be true together: in use but opening next year, closed since yesterday yet in use, closed
        // tomorrow, audited next month, valid until before the audit; each named at once
        LocalDate today = LocalDate.now(nl.arbeidsmigratie.regie.platform.api.DutchTime.ZONE);
        LocationDetails impossible = new LocationDetails(WESTLAND, name, good.address(), null, null, null,
                HousingForm.HOTEL_PENSION, LocationStatus.ACTIVE, today.plusYears(1), today.minusDays(1), null,
                new Certification(QualityMark.SNF, "SNF-1", today.plusMonths(1), today.minusYears(1)), null, null, null);
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> locations.register(impossible))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.all())
                        .extracting(InvalidInputException::messageKey).containsExactly("error.location.dates",
                                "error.location.opened-ahead", "error.location.closed-passed",
                                "error.location.audit-ahead", "error.location.valid-before-audit")));
        LocationDetails closingAhead = new LocationDetails(WESTLAND, name, good.address(), null, null, null,
                HousingForm.HOTEL_PENSION, LocationStatus.CLOSED, null, today.plusDays(1), null, null, null, null, null);
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> locations.register(closingAhead))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.location.closed-ahead")));
        assertThat(Sql.count(dataSource, "select count(*) from monitoring.location_version where name = ?", name)).isZero();
    }

    @Test
    void aBagIdAnotherLocationHoldsIsRefusedAsTakenNotAsAConflict() throws Exception {
        LocationDetails first = units(WESTLAND, unique("Units"), QualityMark.NONE);
        TestCaller.as(OFFICER, () -> locations.register(first));
        LocationDetails sameBagId = new LocationDetails(WESTLAND, unique("Tweede"), first.address(), first.bagId(),
                first.latitude(), first.longitude(), first.housingForm(), first.status(), first.openedOn(),
                first.closedOn(), first.facilities(), first.certification(), first.stayFocus(), first.operator(),
                first.permits());
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> locations.register(sameBagId))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("bagId");
                    assertThat(e.messageKey()).isEqualTo("error.location.bag-id.taken");
                    assertThat(e.getMessage()).isEqualTo("this BAG id is already registered");
                }));
        assertThat(Sql.count(dataSource, "select count(*) from monitoring.location_version where name = ?",
                sameBagId.name())).isZero();
    }

    @Test
    void aLocationRegisteredAgainAtItsAddressWithOrWithoutABagIdIsRefusedNamingTheOne() throws Exception {
        LocationDetails units = units(WESTLAND, unique("Schuur aan de Zwethlaan"), QualityMark.NONE);
        LocationDetails shed = elsewhere(units, units.name(), new Address("Zwethlaan", "12a", "2671ab", null), null);
        TestCaller.as(OFFICER, () -> locations.register(shed));
        // the same name in other case and spacing, the house number as 12a or 12 A
        LocationDetails withBagId = elsewhere(units, units.name().toUpperCase(java.util.Locale.ROOT).replace(" ", "  "),
                new Address("Zwethlaan", "12 A", "2671 AB", "Honselersdijk"), uniqueBagId());
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> locations.register(withBagId))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.messageKey()).isEqualTo("error.location.twin.unnumbered");
                    assertThat(e.arguments()).containsExactly(shed.name());
                }));
        assertThat(Sql.count(dataSource, "select count(*) from monitoring.location_version where bag_id = ?",
                withBagId.bagId())).isZero();

        // the other way round, and two with BAG ids of their own at one address are two dwellings
        LocationDetails numbered = units(WESTLAND, unique("Units aan de Zwethlaan"), QualityMark.NONE);
        TestCaller.as(OFFICER, () -> locations.register(numbered));
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> locations.register(elsewhere(numbered, numbered.name(),
                new Address(null, "12", "2671AB", null), null))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> {
                    assertThat(e.messageKey()).isEqualTo("error.location.twin.numbered");
                    assertThat(e.arguments()).containsExactly(numbered.name(), numbered.bagId());
                }));
        TestCaller.as(OFFICER, () -> locations.register(elsewhere(numbered, numbered.name(),
                new Address(null, "12", "2671AB", null), uniqueBagId())));
        LocationView other = TestCaller.as(OFFICER, () -> locations.register(elsewhere(numbered, numbered.name(),
                new Address(null, "14", "2671AB", null), null)));
        // nor is one renamed or moved into another's name and address
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> locations.revise(other.locationId(), other.version(),
                elsewhere(numbered, numbered.name(), new Address(null, "12", "2671AB", null), null), "verhuisd"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.location.twin.numbered")));
    }

    private static LocationDetails elsewhere(LocationDetails d, String name, Address address, String bagId) {
        return new LocationDetails(d.municipalityCode(), name, address, bagId, d.latitude(), d.longitude(),
                d.housingForm(), d.status(), d.openedOn(), d.closedOn(), d.facilities(), d.certification(),
                d.stayFocus(), d.operator(), d.permits());
    }

    @Test
    void anOfficersBagIdOfAnotherMunicipalityIsRefusedFromTheIdAloneWhetherOrNotALocationHoldsIt() throws Exception {
        // Delft's code in front: refused naming Delft, the same whether Delft keeps a location there or not
        String heldByDelft = "0503%012d".formatted(ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        TestCaller.as(COORDINATOR, () -> locations.register(withBagId(units("GM0503", unique("Delft"), QualityMark.NONE),
                heldByDelft)));
        String free = "0503%012d".formatted(ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        for (String bagId : List.of(heldByDelft, free)) {
            LocationDetails westland = withBagId(units(WESTLAND, unique("Grens"), QualityMark.NONE), bagId);
            TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> locations.register(westland))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("bagId");
                        assertThat(e.messageKey()).isEqualTo("error.location.bag-id.elsewhere");
                        assertThat(e.arguments()).containsExactly("Delft");
                    }));
        }
        // a code of no current municipality (merged away, e.g. Boskoop's 0499) stays on its addresses
        TestCaller.as(OFFICER, () -> locations.register(withBagId(units(WESTLAND, unique("Oud"), QualityMark.NONE),
                "0499%012d".formatted(ThreadLocalRandom.current().nextLong(1_000_000_000_000L)))));
        // the coordinator may register an address a boundary correction moved
        TestCaller.as(COORDINATOR, () -> locations.register(withBagId(units(WESTLAND, unique("Grens"), QualityMark.NONE),
                free)));
    }

    private static LocationDetails withBagId(LocationDetails d, String bagId) {
        return new LocationDetails(d.municipalityCode(), d.name(), d.address(), bagId, d.latitude(), d.longitude(),
                d.housingForm(), d.status(), d.openedOn(), d.closedOn(), d.facilities(), d.certification(),
                d.stayFocus(), d.operator(), d.permits());
    }

    @Test
    void officersKeepTheirOwnMunicipalityOnlyAndAuditorsNeverWrite() throws Exception {
        LocationDetails delft = units("GM0503", unique("Delft units"), QualityMark.NONE);
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> locations.register(delft))
                .isInstanceOf(AccessRefusedException.class));
        TestCaller.as(AUDITOR, () -> assertThatThrownBy(() -> locations.register(delft))
                .isInstanceOf(AccessRefusedException.class));
        LocationView inDelft = TestCaller.as(COORDINATOR, () -> locations.register(delft));
        TestCaller.as(OFFICER, () -> {
            assertThatThrownBy(() -> locations.asKnownOn("GM0503", Instant.now())).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> counts.asKnownOn("GM0503", Instant.now())).isInstanceOf(AccessRefusedException.class);
        });
        // by its id, another municipality's location is refused exactly like an id that names nothing
        long missing = inDelft.locationId() + 1_000_000_000L;
        List<LongFunction<ThrowingCallable>> byId = List.of(
                id -> () -> locations.find(id, Instant.now()),
                id -> () -> locations.history(id),
                id -> () -> locations.changeLog(id),
                id -> () -> occupancy.asKnownOn(id, Instant.now()),
                id -> () -> norms.check(id, LocalDate.now(), Instant.now()),
                id -> () -> occupancy.report(new OccupancyFigures(id, LocalDate.of(2024, 1, 1), 5, null, null, null)),
                id -> () -> locations.revise(id, 1, delft, "mag niet"));
        for (LongFunction<ThrowingCallable> call : byId) {
            for (long id : new long[] {inDelft.locationId(), missing}) {
                TestCaller.as(OFFICER, () -> assertThatThrownBy(call.apply(id))
                        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e)
                                .extracting(InvalidInputException::field, InvalidInputException::messageKey,
                                        Throwable::getMessage)
                                .containsExactly("location", "error.location.unknown", "no location " + id)));
            }
        }
        TestCaller.as(AUDITOR, () -> assertThatThrownBy(() -> occupancy.report(new OccupancyFigures(inDelft.locationId(),
                LocalDate.of(2024, 1, 1), 5, null, null, null))).isInstanceOf(AccessRefusedException.class));
        assertThat(Sql.count(dataSource, "select count(*) from monitoring.occupancy_report where location_id = ?",
                inDelft.locationId())).isZero();
        assertThat(Sql.count(dataSource, "select count(*) from monitoring.location_version where location_id = ?",
                inDelft.locationId())).isEqualTo(1);
    }

    @Test
    void aRevisionIsANewVersionAndAStaleEditIsRefusedWithTheCurrentVersion() throws Exception {
        LocationDetails original = units(WESTLAND, unique("Pension"), QualityMark.SNF);
        LocationView first = TestCaller.as(OFFICER, () -> locations.register(original));
        Thread.sleep(20);
        Instant between = Instant.now();
        Thread.sleep(20);
        LocationDetails moreBeds = new LocationDetails(WESTLAND, original.name(), original.address(), original.bagId(),
                original.latitude(), original.longitude(), original.housingForm(), original.status(),
                original.openedOn(), null, new Facilities(12, new BigDecimal("150"), null, 6, 2, 2),
                original.certification(), original.stayFocus(), original.operator(), original.permits());
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> locations.revise(first.locationId(), 1, moreBeds, ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason")));
        // a save that changes nothing adds no version to the change log
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> locations.revise(first.locationId(), 1, original, "Niets"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.location.unchanged")));
        LocationView second = TestCaller.as(OFFICER, () -> locations.revise(first.locationId(), 1, moreBeds, "Uitbreiding"));
        assertThat(second.version()).isEqualTo(2);
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> locations.revise(first.locationId(), 1, original, "oud"))
                .isInstanceOfSatisfying(ConcurrentChangeException.class,
                        e -> assertThat(((LocationView) e.current()).version()).isEqualTo(2)));

        assertThat(TestCaller.as(AUDITOR, () -> locations.find(first.locationId(), between)))
                .hasValueSatisfying(v -> assertThat(v.details().facilities().beds()).isEqualTo(8));
        assertThat(TestCaller.as(AUDITOR, () -> locations.history(first.locationId())))
                .extracting(LocationView::version, v -> v.details().facilities().beds(), LocationView::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 8, null),
                        org.assertj.core.groups.Tuple.tuple(2, 12, "Uitbreiding"));

        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> locations.markAsError(first.locationId(), "fout"))
                .isInstanceOf(AccessRefusedException.class));
        TestCaller.as(COORDINATOR, () -> locations.markAsError(first.locationId(), "Bestaat niet"));
        assertThat(TestCaller.as(OFFICER, () -> locations.asKnownOn(WESTLAND, Instant.now())))
                .noneMatch(v -> v.locationId() == first.locationId());
        assertThat(TestCaller.as(OFFICER, () -> locations.asKnownOn(WESTLAND, between)))
                .anyMatch(v -> v.locationId() == first.locationId());
    }

    @Test
    void nobodyLivesInALocationStillPlannedOrAfterItClosed() throws Exception {
        LocationDetails active = units(WESTLAND, unique("Gepland"), QualityMark.NONE);
        LocationView planned = TestCaller.as(OFFICER, () -> locations.register(new LocationDetails(WESTLAND,
                active.name(), active.address(), active.bagId(), null, null, active.housingForm(),
                LocationStatus.PLANNED, null, null, active.facilities(), active.certification(), null, null, List.of())));
        LocalDate day = LocalDate.of(2025, 3, 1);
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> occupancy.report(
                new OccupancyFigures(planned.locationId(), day, 6, null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.occupancy.planned");
                    assertThat(e.field()).isEqualTo("persons");
                }));
        assertThat(TestCaller.as(OFFICER, () -> occupancy.report(
                new OccupancyFigures(planned.locationId(), day, 0, null, null, null))).figures().persons())
                .as("an empty location may be reported").isZero();

        LocalDate closedOn = LocalDate.of(2024, 12, 31);
        LocationDetails open = units(WESTLAND, unique("Gesloten"), QualityMark.NONE);
        LocationView closed = TestCaller.as(OFFICER, () -> locations.register(new LocationDetails(WESTLAND,
                open.name(), open.address(), open.bagId(), null, null, open.housingForm(), LocationStatus.CLOSED,
                open.openedOn(), closedOn, open.facilities(), open.certification(), null, null, List.of())));
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> occupancy.report(
                new OccupancyFigures(closed.locationId(), closedOn.plusDays(1), 6, null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.occupancy.after-closing");
                    assertThat(e.arguments()).containsExactly(closedOn);
                }));
        TestCaller.as(OFFICER, () -> occupancy.report(new OccupancyFigures(closed.locationId(), closedOn, 6, null, null,
                null)));
        OccupancyView empty = TestCaller.as(OFFICER, () -> occupancy.report(new OccupancyFigures(closed.locationId(),
                closedOn.plusDays(1), 0, null, null, null)));
        // nor does a correction house anyone where a report may not
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> occupancy.correct(empty.id(), new OccupancyFigures(
                closed.locationId(), closedOn.plusDays(1), 25, null, null, null), "Toch bewoond"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("error.occupancy.after-closing")));
        assertThat(TestCaller.as(AUDITOR, () -> occupancy.asKnownOn(closed.locationId(), Instant.now())))
                .extracting(r -> r.figures().persons()).containsExactly(0, 6);

        // nor does a closing or an opening move past the days its reports say people lived there
        LocationDetails stored = TestCaller.as(OFFICER, () -> locations.find(closed.locationId(), Instant.now()))
                .orElseThrow().details();
        LocalDate earlier = closedOn.minusMonths(1);
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> locations.revise(closed.locationId(), 1,
                new LocationDetails(WESTLAND, stored.name(), stored.address(), stored.bagId(), null, null,
                        stored.housingForm(), LocationStatus.CLOSED, stored.openedOn(), earlier, stored.facilities(),
                        stored.certification(), null, null, List.of()), "Eerder gesloten"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.location.closed-before-reports");
                    assertThat(e.field()).isEqualTo("closedOn");
                    assertThat(e.arguments()).containsExactly(closedOn);
                }));
        LocationDetails units = units(WESTLAND, unique("Later geopend"), QualityMark.NONE);
        LocationView housing = TestCaller.as(OFFICER, () -> locations.register(units));
        TestCaller.as(OFFICER, () -> occupancy.report(new OccupancyFigures(housing.locationId(), day, 5, null, null,
                null)));
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> locations.revise(housing.locationId(), 1,
                new LocationDetails(WESTLAND, units.name(), units.address(), units.bagId(), units.latitude(),
                        units.longitude(), units.housingForm(), units.status(), day.plusMonths(1), null,
                        units.facilities(), units.certification(), units.stayFocus(), units.operator(),
                        units.permits()), "Later geopend"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.location.opened-after-reports");
                    assertThat(e.arguments()).containsExactly(day);
                }));
    }

    @Test
    void theAuditTrailNamesALocationAndFindsItsReportsByAnyNameItHadOrItsBagId() throws Exception {
        String before = unique("Kas Zeeën");
        LocationDetails original = units(WESTLAND, before, QualityMark.SNF);
        LocationView first = TestCaller.as(OFFICER, () -> locations.register(original));
        TestCaller.as(OFFICER, () -> occupancy.report(new OccupancyFigures(first.locationId(), LocalDate.of(2025, 6, 1),
                7, null, null, null)));
        String now = unique("Logies Poeldijk");
        TestCaller.as(OFFICER, () -> locations.revise(first.locationId(), 1, new LocationDetails(WESTLAND, now,
                original.address(), original.bagId(), original.latitude(), original.longitude(),
                original.housingForm(), original.status(), original.openedOn(), null, original.facilities(),
                original.certification(), original.stayFocus(), original.operator(), original.permits()), "Nieuwe naam"));
        String occupancyTarget = "occupancy:" + WESTLAND + ":" + first.locationId();

        // any case, with or without the accent: "zeeen" finds "Zeeën"
        for (String words : List.of(before.toUpperCase(), before.replace("ë", "e"), now.substring(now.length() - 8),
                original.bagId())) {
            AuditFilter filter = new AuditFilter(null, null, "occupancy.", null, null,
                    List.of(AuditFilter.Mention.of(words)));
            assertThat(TestCaller.as(AUDITOR, () -> auditReview.search(filter, 0, 10)).items()).as(words)
                    .extracting(AuditEntryView::target).containsExactly(occupancyTarget);
        }
        // a date as the pages write it finds the value stored as an ISO date; the same text as such finds nothing
        AuditFilter.Mention written = new AuditFilter.Mention("01-06-2025", java.util.Set.of(), java.util.Set.of());
        assertThat(TestCaller.as(AUDITOR, () -> auditReview.search(new AuditFilter(null, null, "occupancy.", null, null,
                List.of(AuditFilter.Mention.of(original.bagId()), written.storedAs(java.util.Set.of("2025-06-01")))),
                0, 10)).items()).extracting(AuditEntryView::target).containsExactly(occupancyTarget);
        assertThat(TestCaller.as(AUDITOR, () -> auditReview.search(new AuditFilter(null, null, "occupancy.", null, null,
                List.of(AuditFilter.Mention.of(original.bagId()), written)), 0, 10)).items()).isEmpty();
        assertThat(TestCaller.as(AUDITOR, () -> auditReview.names(List.of(occupancyTarget,
                "location:" + WESTLAND + ":" + first.locationId(), "municipality:" + WESTLAND, "location:GM1783:x"))))
                .containsEntry(occupancyTarget, now).containsEntry("location:" + WESTLAND + ":" + first.locationId(), now)
                .containsEntry("municipality:" + WESTLAND, "Westland").hasSize(3);
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> auditReview.names(List.of(occupancyTarget)))
                .isInstanceOf(AccessRefusedException.class));
    }

    @Test
    void occupancyIsOneReportPerDateCorrectedAsANewVersion() throws Exception {
        LocationView location = TestCaller.as(OFFICER, () -> locations.register(units(WESTLAND, unique("Units"), QualityMark.SNF)));
        LocalDate date = LocalDate.of(2025, 6, 1);
        OccupancyView first = TestCaller.as(OFFICER, () -> occupancy.report(
                new OccupancyFigures(location.locationId(), date, 8, 5, 2, 1)));
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> occupancy.report(
                new OccupancyFigures(location.locationId(), date, 9, null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.occupancy.exists")));
        // the location opened on 1 January 2020: nobody lived there before
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> occupancy.report(
                new OccupancyFigures(location.locationId(), LocalDate.of(2019, 12, 31), 9, null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.occupancy.before-opening");
                    assertThat(e.arguments()).containsExactly(LocalDate.of(2020, 1, 1));
                }));
        List<OccupancyFigures> bad = List.of(
                new OccupancyFigures(location.locationId(), LocalDate.now().plusDays(3), 8, null, null, null),
                new OccupancyFigures(location.locationId(), LocalDate.of(2025, 7, 1), -2, null, null, null),
                new OccupancyFigures(location.locationId(), LocalDate.of(2025, 7, 1), 8, 5, 5, 0),
                new OccupancyFigures(location.locationId(), LocalDate.of(2025, 7, 1), null, null, null, null),
                new OccupancyFigures(location.locationId(), LocalDate.of(2025, 7, 1), 100_001, null, null, null),
                // three large parts whose int sum would overflow to below the persons housed
                new OccupancyFigures(location.locationId(), LocalDate.of(2025, 7, 1), 10, Integer.MAX_VALUE,
                        Integer.MAX_VALUE, 2));
        List<String> fields = List.of("referenceDate", "persons", "shortStay", "persons", "persons", "shortStay");
        for (int i = 0; i < bad.size(); i++) {
            OccupancyFigures figures = bad.get(i);
            String field = fields.get(i);
            TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> occupancy.report(figures))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field)));
        }
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> occupancy.correct(first.id(),
                new OccupancyFigures(location.locationId(), date, 8, 5, 2, 1), "Niets gewijzigd"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.occupancy.unchanged")));
        Thread.sleep(20);
        Instant beforeCorrection = Instant.now();
        Thread.sleep(20);
        TestCaller.as(OFFICER, () -> occupancy.correct(first.id(),
                new OccupancyFigures(location.locationId(), date, 11, null, null, null), "Telling ter plaatse"));
        assertThat(TestCaller.as(AUDITOR, () -> occupancy.asKnownOn(location.locationId(), beforeCorrection)))
                .extracting(r -> r.figures().persons()).containsExactly(8);
        assertThat(TestCaller.as(AUDITOR, () -> occupancy.asKnownOn(location.locationId(), Instant.now())))
                .extracting(r -> r.figures().persons()).containsExactly(11);
        List<OccupancyView> corrected = TestCaller.as(AUDITOR, () -> occupancy.history(first.id()));
        assertThat(corrected).extracting(OccupancyView::reason).containsExactly(null, "Telling ter plaatse");
        // a second correction of the report someone else corrected meanwhile
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> occupancy.correct(first.id(),
                new OccupancyFigures(location.locationId(), date, 12, null, null, null), "Nog eens"))
                .isInstanceOfSatisfying(ConcurrentChangeException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.occupancy.corrected-meanwhile")));
        // the same correction sent again after its answer was lost finds itself
        assertThat(TestCaller.as(OFFICER, () -> occupancy.correct(first.id(),
                new OccupancyFigures(location.locationId(), date, 11, null, null, null), "Telling ter plaatse")))
                .isEqualTo(corrected.get(1));
        assertThat(TestCaller.as(AUDITOR, () -> occupancy.history(first.id()))).hasSize(2);

        TestCaller.as(COORDINATOR, () -> occupancy.markAsError(corrected.get(1).id(), "Verkeerde locatie"));
        assertThat(TestCaller.as(OFFICER, () -> occupancy.asKnownOn(location.locationId(), Instant.now()))).isEmpty();
        TestCaller.as(OFFICER, () -> occupancy.report(new OccupancyFigures(location.locationId(), date, 6, null, null, null)));
        assertThat(TestCaller.as(AUDITOR, () -> occupancy.asKnownOn(location.locationId(), Instant.now())))
                .extracting(r -> r.figures().persons()).containsExactly(6);
        assertThat(TestCaller.as(AUDITOR, () -> occupancy.history(first.id()))).extracting(OccupancyView::markedError)
                .containsExactly(false, false, true, false);
    }

    @Test
    void theNormCheckUsesTheRulesValidOnTheDateAndFlagsOccupancyAboveCapacity() throws Exception {
        LocationView location = TestCaller.as(OFFICER, () -> locations.register(units(WESTLAND, unique("AKF units"), QualityMark.AKF)));
        long id = location.locationId();
        TestCaller.as(OFFICER, () -> {
            occupancy.report(new OccupancyFigures(id, LocalDate.of(2025, 10, 1), 8, null, null, null));
            occupancy.report(new OccupancyFigures(id, LocalDate.of(2026, 2, 1), 9, null, null, null));
        });

        NormCheck before = TestCaller.as(OFFICER, () -> norms.check(id, LocalDate.of(2025, 12, 1), Instant.now()));
        assertThat(before.rules().rules().validFrom()).isEqualTo(LocalDate.of(2024, 8, 15));
        assertThat(before.occupancyDate()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(before.meetsNorm()).isTrue();

        NormCheck after = TestCaller.as(OFFICER, () -> norms.check(id, LocalDate.of(2026, 3, 1), Instant.now()));
        assertThat(after.rules().rules().validFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(after.violations()).extracting(NormFinding::rule)
                .contains(NormRule.CAPACITY, NormRule.FLOOR_AREA_PER_PERSON, NormRule.PERSONS_PER_TOILET,
                        NormRule.PERSONS_PER_SHOWER);
        assertThat(after.violations()).filteredOn(f -> f.rule() == NormRule.FLOOR_AREA_PER_PERSON).singleElement()
                .satisfies(f -> {
                    assertThat(f.measured()).isEqualByComparingTo("11.56");
                    assertThat(f.limit()).isEqualByComparingTo("15");
                });

        NormCheck beforeAnyReport = TestCaller.as(OFFICER, () -> norms.check(id, LocalDate.of(2024, 1, 1), Instant.now()));
        assertThat(beforeAnyReport.occupancyDate()).isNull();
        assertThat(beforeAnyReport.meetsNorm()).isFalse();
    }

    @Test
    void coordinatorsAddANormVersionThatChangesChecksFromItsDateOnly() throws Exception {
        NormRules tooStrict = new NormRules(QualityMark.SNF, LocalDate.of(2026, 6, 1), new BigDecimal("-1"), null,
                null, null, null, null, "fout");
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> norms.add(tooStrict))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("rules")));
        NormRules absurd = new NormRules(QualityMark.SNF, LocalDate.of(2026, 6, 1), new BigDecimal("12000"), null,
                null, null, null, null, "fout");
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> norms.add(absurd))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("rules")));
        NormRules ofLongAgo = new NormRules(QualityMark.AKF, LocalDate.of(1900, 3, 1), BigDecimal.TEN, null, null, null,
                null, null, "tikfout");
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> norms.add(ofLongAgo))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("validFrom");
                    assertThat(e.messageKey()).isEqualTo("error.enforcement.date.too-early");
                }));
        NormRules officerRules = new NormRules(QualityMark.SNF, LocalDate.of(2026, 6, 1), BigDecimal.TEN, null, null,
                null, null, null, "officer");
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> norms.add(officerRules))
                .isInstanceOf(AccessRefusedException.class));
        TestCaller.as(AUDITOR, () -> assertThatThrownBy(() -> norms.add(officerRules))
                .isInstanceOf(AccessRefusedException.class));
        assertThat(TestCaller.as(AUDITOR, () -> norms.ruleSets(Instant.now())))
                .noneMatch(s -> "officer".equals(s.rules().note()) || "fout".equals(s.rules().note()));

        // The valid case. Norm versions are append-only, so this one stays: its date lies far ahead, out of every
        // other test's checks, and every run adds it on the same date.
        long id = TestCaller.as(OFFICER, () -> locations.register(units(WESTLAND, unique("SNF units"),
                QualityMark.SNF))).locationId();
        TestCaller.as(OFFICER, () -> occupancy.report(new OccupancyFigures(id, LocalDate.of(2025, 10, 1), 4, null,
                null, null)));
        LocalDate from = LocalDate.of(2090, 1, 1);
        NormCheck onItsDateBefore = TestCaller.as(OFFICER, () -> norms.check(id, from, Instant.now()));
        Instant beforeTheVersion = Instant.now();
        NormRules stricter = new NormRules(QualityMark.SNF, from, null, null, null, null, 2, null, unique("streng"));
        NormRuleSetView added = TestCaller.as(COORDINATOR, () -> norms.add(stricter));
        assertThat(added.rules()).isEqualTo(stricter);
        assertThat(added.recordedBy()).isEqualTo(COORDINATOR);
        NormRules again = new NormRules(QualityMark.SNF, from, null, null, null, null, 2, null, "nogmaals");
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> norms.add(again))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.norms.unchanged")));
        NormRules sameLater = new NormRules(QualityMark.SNF, from.plusYears(1), null, null, null, null, 2, null, "later");
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> norms.add(sameLater))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.norms.unchanged")));
        assertThat(TestCaller.as(AUDITOR, () -> norms.ruleSets(Instant.now()))).extracting(NormRuleSetView::id)
                .contains(added.id());
        assertThat(TestCaller.as(AUDITOR, () -> norms.ruleSets(beforeTheVersion))).extracting(NormRuleSetView::id)
                .doesNotContain(added.id());

        NormCheck dayBefore = TestCaller.as(OFFICER, () -> norms.check(id, from.minusDays(1), Instant.now()));
        assertThat(dayBefore.rules().rules().validFrom()).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(dayBefore.meetsNorm()).isTrue();

        NormCheck fromItsDate = TestCaller.as(OFFICER, () -> norms.check(id, from, Instant.now()));
        assertThat(fromItsDate.rules().id()).isEqualTo(added.id());
        assertThat(fromItsDate.meetsNorm()).isFalse();
        assertThat(fromItsDate.violations()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(NormRule.PERSONS_PER_TOILET);
            assertThat(f.measured()).isEqualByComparingTo("4");
            assertThat(f.limit()).isEqualByComparingTo("2");
        });

        NormCheck asKnownBefore = TestCaller.as(OFFICER, () -> norms.check(id, from, beforeTheVersion));
        assertThat(asKnownBefore).as("a new version never rewrites a check as known before it")
                .isEqualTo(onItsDateBefore);
        assertThat(asKnownBefore.rules().id()).isNotEqualTo(added.id());
    }
}
