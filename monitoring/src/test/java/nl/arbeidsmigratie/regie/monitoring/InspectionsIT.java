package nl.arbeidsmigratie.regie.monitoring;

import static nl.arbeidsmigratie.regie.monitoring.MonitoringFixture.AUDITOR;
import static nl.arbeidsmigratie.regie.monitoring.MonitoringFixture.COORDINATOR;
import static nl.arbeidsmigratie.regie.monitoring.MonitoringFixture.DELFT;
import static nl.arbeidsmigratie.regie.monitoring.MonitoringFixture.OFFICER;
import static nl.arbeidsmigratie.regie.monitoring.MonitoringFixture.TODAY;
import static nl.arbeidsmigratie.regie.monitoring.MonitoringFixture.WESTLAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import nl.arbeidsmigratie.regie.monitoring.api.Address;
import nl.arbeidsmigratie.regie.monitoring.api.Certification;
import nl.arbeidsmigratie.regie.monitoring.api.Facilities;
import nl.arbeidsmigratie.regie.monitoring.api.HousingForm;
import nl.arbeidsmigratie.regie.monitoring.api.InspectionEntry;
import nl.arbeidsmigratie.regie.monitoring.api.InspectionView;
import nl.arbeidsmigratie.regie.monitoring.api.Inspections;
import nl.arbeidsmigratie.regie.monitoring.api.Measure;
import nl.arbeidsmigratie.regie.monitoring.api.NormCheck;
import nl.arbeidsmigratie.regie.monitoring.api.NormRule;
import nl.arbeidsmigratie.regie.monitoring.api.Norms;
import nl.arbeidsmigratie.regie.monitoring.api.OccupancyFigures;
import nl.arbeidsmigratie.regie.monitoring.api.OccupancyReports;
import nl.arbeidsmigratie.regie.monitoring.api.OccupancyView;
import nl.arbeidsmigratie.regie.monitoring.api.Permit;
import nl.arbeidsmigratie.regie.monitoring.api.PermitKind;
import nl.arbeidsmigratie.regie.monitoring.api.QualityMark;
import nl.arbeidsmigratie.regie.monitoring.api.SignalEntry;
import nl.arbeidsmigratie.regie.monitoring.api.SignalKind;
import nl.arbeidsmigratie.regie.monitoring.api.SignalStatus;
import nl.arbeidsmigratie.regie.monitoring.api.SignalView;
import nl.arbeidsmigratie.regie.monitoring.api.Signals;
import nl.arbeidsmigratie.regie.monitoring.api.Worklist;
import nl.arbeidsmigratie.regie.monitoring.api.WorklistItem;
import nl.arbeidsmigratie.regie.monitoring.api.WorklistKind;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.Datasource;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.container.Sql;
import nl.arbeidsmigratie.regie.testing.container.TestCaller;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Inspections, signals and the worklist on Payara Micro and PostgreSQL: stored norm checks, history, access. */
@ExtendWith(ArquillianExtension.class)
class InspectionsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.moduleUnderTest(InspectionsIT.class);
    }

    @Inject
    MonitoringFixture fixture;

    @Inject
    OccupancyReports occupancy;

    @Inject
    Norms norms;

    @Inject
    Inspections inspections;

    @Inject
    Signals signals;

    @Inject
    Worklist worklist;

    @Inject
    AuditTrail audit;

    @Resource(lookup = Datasource.JNDI_NAME)
    DataSource dataSource;

    @Test
    void anInspectionKeepsTheNormCheckOfItsMomentWhenTheOccupancyIsCorrectedLater() throws Exception {
        long location = fixture.location(WESTLAND, HousingForm.HOTEL_PENSION, Certification.none(), List.of());
        OccupancyView report = as(OFFICER, () -> occupancy.report(new OccupancyFigures(location, TODAY.minusDays(30), 10,
                null, null, null)));
        LocalDate inspectedOn = TODAY.minusDays(10);

        InspectionView recorded = as(OFFICER, () -> inspections.record(new InspectionEntry(location, inspectedOn,
                " Team handhaving ", "Te veel bedden in gebruik", Measure.WARNING, TODAY.plusDays(20))));

        assertThat(recorded.inspector()).isEqualTo("Team handhaving");
        assertThat(recorded.recordedBy()).isEqualTo(OFFICER);
        assertThat(recorded.normCheck().assessed()).isTrue();
        assertThat(recorded.normCheck().mark()).isEqualTo(QualityMark.SNF);
        assertThat(recorded.normCheck().persons()).isEqualTo(10);
        assertThat(recorded.normCheck().violations()).isEqualTo(3);
        assertThat(recorded.normCheck().notAssessed()).isEmpty();
        assertThat(recorded.normCheck().violated()).extracting(f -> f.rule(), f -> f.measured().intValue(), f -> f.limit().intValue())
                .containsExactly(tuple(NormRule.CAPACITY, 10, 4), tuple(NormRule.PERSONS_PER_TOILET, 10, 8),
                        tuple(NormRule.PERSONS_PER_SHOWER, 10, 8));
        assertThat(audit.entries("inspection:" + WESTLAND + ":" + location, 0, 5).items()).hasSize(1);

        as(OFFICER, () -> occupancy.correct(report.id(), new OccupancyFigures(location, TODAY.minusDays(30), 3, null,
                null, null), "Telling herzien"));
        NormCheck now = as(OFFICER, () -> norms.check(location, inspectedOn, java.time.Instant.now()));
        assertThat(now.violations()).isEmpty();
        InspectionView stored = as(AUDITOR, () -> inspections.ofMunicipality(WESTLAND)).stream()
                .filter(i -> i.id() == recorded.id()).findFirst().orElseThrow();
        assertThat(stored.normCheck()).isEqualTo(recorded.normCheck());
        assertThat(stored.measure()).isEqualTo(Measure.WARNING);

        assertThatThrownBy(() -> Sql.execute(dataSource,
                "update monitoring.inspection set violations = 0 where id = " + recorded.id()))
                .hasMessageContaining("append-only");
    }

    @Test
    void anInspectionNamesTheRulesItsLocationsFactsCannotDecide() throws Exception {
        long location = fixture.location(WESTLAND, HousingForm.HOTEL_PENSION, Certification.none(), List.of(),
                new Facilities(20, BigDecimal.valueOf(400), null, 10, null, null));
        as(OFFICER, () -> occupancy.report(new OccupancyFigures(location, TODAY.minusDays(30), 10, null, null, null)));

        InspectionView recorded = as(OFFICER, () -> inspections.record(new InspectionEntry(location,
                TODAY.minusDays(10), "Team handhaving", null, Measure.NONE, null)));

        assertThat(recorded.normCheck().violations()).isZero();
        assertThat(recorded.normCheck().notAssessed()).containsExactly(NormRule.BEDROOM_AREA_PER_PERSON,
                NormRule.PERSONS_PER_TOILET, NormRule.PERSONS_PER_SHOWER);
        InspectionView stored = as(AUDITOR, () -> inspections.ofMunicipality(WESTLAND)).stream()
                .filter(i -> i.id() == recorded.id()).findFirst().orElseThrow();
        assertThat(stored.normCheck()).isEqualTo(recorded.normCheck());
    }

    @Test
    void aCorrectionTakesTheInspectionsPlaceAndTheHistoryKeepsTheOriginal() throws Exception {
        long location = fixture.location(WESTLAND, HousingForm.HOTEL_PENSION, Certification.none(), List.of());
        InspectionView wrong = as(OFFICER, () -> inspections.record(new InspectionEntry(location, TODAY.minusDays(5),
                "Team handhaving", "Verkeerde datum", Measure.WARNING, TODAY.minusDays(1))));
        Instant beforeTheCorrection = Instant.now();
        InspectionEntry right = new InspectionEntry(location, TODAY.minusDays(4), "Team handhaving",
                "Juiste datum", Measure.NONE, null);
        as(OFFICER, () -> assertThatThrownBy(() -> inspections.correct(wrong.id(), right, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason")));
        as(AUDITOR, () -> assertThatThrownBy(() -> inspections.correct(wrong.id(), right, "Auditors lezen"))
                .isInstanceOf(AccessRefusedException.class));
        as(OFFICER, () -> assertThatThrownBy(() -> inspections.correct(-1, right, "Bestaat niet"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.inspection.unknown")));

        InspectionEntry same = new InspectionEntry(location, TODAY.minusDays(5), " Team handhaving ",
                "Verkeerde datum", Measure.WARNING, TODAY.minusDays(1));
        as(OFFICER, () -> assertThatThrownBy(() -> inspections.correct(wrong.id(), same, "Niets veranderd"))
                .as("a correction that changes nothing").isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.inspection.unchanged")));

        InspectionView corrected = as(OFFICER, () -> inspections.correct(wrong.id(), right, "Datum verkeerd getypt"));
        assertThat(corrected.correctsId()).isEqualTo(wrong.id());
        assertThat(corrected.reason()).isEqualTo("Datum verkeerd getypt");
        assertThat(corrected.inspectedOn()).isEqualTo(TODAY.minusDays(4));
        assertThat(as(AUDITOR, () -> inspections.ofMunicipality(WESTLAND))).extracting(InspectionView::id)
                .contains(corrected.id()).doesNotContain(wrong.id());
        assertThat(as(AUDITOR, () -> inspections.asKnownOn(WESTLAND, beforeTheCorrection)))
                .extracting(InspectionView::id).contains(wrong.id()).doesNotContain(corrected.id());
        as(OFFICER, () -> assertThatThrownBy(() -> inspections.correct(wrong.id(), right, "Nog eens"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.inspection.corrected-already")));
        // the follow-up of the corrected inspection no longer asks for attention
        assertThat(as(OFFICER, () -> worklist.ofMunicipality(WESTLAND, Instant.now())))
                .noneMatch(item -> item.kind() == WorklistKind.FOLLOW_UP_PASSED && item.locationId() != null
                        && item.locationId() == location);
    }

    @Test
    void badInputIsRefusedWithTheFieldAndNothingIsStored() throws Exception {
        long location = fixture.location(WESTLAND, HousingForm.HOTEL_PENSION, Certification.none(), List.of());
        List<InspectionEntry> bad = List.of(
                new InspectionEntry(location, TODAY.minusDays(3), "Inspecteur", null, Measure.NONE, TODAY.minusDays(4)),
                new InspectionEntry(location, TODAY.plusDays(1), "Inspecteur", null, Measure.NONE, null),
                new InspectionEntry(Long.MAX_VALUE, TODAY, "Inspecteur", null, Measure.NONE, null),
                new InspectionEntry(location, TODAY, " ", null, Measure.NONE, null),
                new InspectionEntry(location, TODAY, "\u200b\u200b \u00a0", null, Measure.NONE, null),
                new InspectionEntry(location, TODAY, "Inspecteur", null, null, null),
                new InspectionEntry(location, LocalDate.of(1, 1, 1), "Inspecteur", null, Measure.NONE, null),
                new InspectionEntry(location, TODAY, "Inspecteur", null, Measure.NONE, LocalDate.of(9999, 12, 31)));
        List<String> fields = List.of("followUpOn", "inspectedOn", "location", "inspector", "inspector", "measure",
                "inspectedOn", "followUpOn");
        for (int i = 0; i < bad.size(); i++) {
            InspectionEntry entry = bad.get(i);
            String field = fields.get(i);
            TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> inspections.record(entry))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field)));
        }
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> inspections.record(new InspectionEntry(location,
                TODAY.plusDays(1), " ", null, null, null))).as("every rule broken, said at once")
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.all())
                        .extracting(InvalidInputException::field).containsExactly("inspectedOn", "inspector", "measure")));
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> inspections.record(new InspectionEntry(null,
                TODAY.plusDays(1), "Inspecteur", null, Measure.NONE, null))).as("no location chosen, and more")
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.all())
                        .extracting(InvalidInputException::field).containsExactly("location", "inspectedOn")));
        assertThat(as(OFFICER, () -> inspections.ofMunicipality(WESTLAND))).noneMatch(i -> i.locationId() == location);

        String marker = "Foutieve melding " + UUID.randomUUID();
        List<SignalEntry> badSignals = List.of(
                signal(null, new Address("Kasweg", "1", "12345", "Naaldwijk"), marker),
                signal(null, new Address(" ", null, null, " "), marker),
                signal(null, new Address("\u200b", null, null, "\u00a0\u00a0"), marker),
                new SignalEntry(WESTLAND, null, new Address(null, null, null, "Naaldwijk"), TODAY.plusDays(1),
                        SignalKind.NUISANCE, "Buurtbewoner", marker),
                signal(Long.MAX_VALUE, null, marker),
                new SignalEntry(WESTLAND, null, new Address(null, null, null, "Naaldwijk"), LocalDate.of(1, 1, 1),
                        SignalKind.NUISANCE, "Buurtbewoner", marker));
        List<String> signalFields = List.of("postcode", "address", "address", "signalledOn", "location",
                "signalledOn");
        for (int i = 0; i < badSignals.size(); i++) {
            SignalEntry entry = badSignals.get(i);
            String field = signalFields.get(i);
            TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> signals.report(entry))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field)));
        }
        assertThat(as(OFFICER, () -> signals.ofMunicipality(WESTLAND))).noneMatch(s -> s.text().equals(marker));
    }

    @Test
    void officersStayInTheirMunicipalityAndAuditorsNeverWrite() throws Exception {
        long delft = fixture.location(DELFT, HousingForm.REGULAR_DWELLING, Certification.none(), List.of());
        long westland = fixture.location(WESTLAND, HousingForm.REGULAR_DWELLING, Certification.none(), List.of());
        InspectionEntry inDelft = new InspectionEntry(delft, TODAY, "Inspecteur", null, Measure.NONE, null);

        TestCaller.as(OFFICER, () -> {
            // by its id, another municipality's location is refused exactly like an id that names nothing
            for (long id : new long[] {delft, delft + 1_000_000_000L}) {
                assertThatThrownBy(() -> inspections.record(new InspectionEntry(id, TODAY, "Inspecteur", null,
                        Measure.NONE, null))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e)
                        .extracting(InvalidInputException::messageKey, Throwable::getMessage)
                        .containsExactly("error.enforcement.location", "no location " + id));
                assertThatThrownBy(() -> signals.report(signal(id, null, "Overlast")))
                        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e)
                                .extracting(InvalidInputException::messageKey, Throwable::getMessage)
                                .containsExactly("error.enforcement.location", "no location " + id));
            }
            assertThatThrownBy(() -> inspections.ofMunicipality(DELFT)).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> signals.report(new SignalEntry(DELFT, null, new Address(null, null, null, "Delft"),
                    TODAY, SignalKind.NUISANCE, "Buurt", "Overlast"))).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> signals.ofMunicipality(DELFT)).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> worklist.ofMunicipality(DELFT)).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> worklist.ofProvince()).isInstanceOf(AccessRefusedException.class);
        });
        TestCaller.as(AUDITOR, () -> {
            assertThatThrownBy(() -> inspections.record(new InspectionEntry(westland, TODAY, "Inspecteur", null,
                    Measure.NONE, null))).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> signals.report(signal(westland, null, "Overlast")))
                    .isInstanceOf(AccessRefusedException.class);
        });
        assertThat(as(AUDITOR, () -> inspections.ofMunicipality(DELFT))).noneMatch(i -> i.locationId() == delft);
        InspectionView byCoordinator = as(COORDINATOR, () -> inspections.record(inDelft));
        assertThat(as(AUDITOR, () -> inspections.ofMunicipality(DELFT))).extracting(InspectionView::id)
                .contains(byCoordinator.id());
        SignalView delftSignal = as(COORDINATOR, () -> signals.report(new SignalEntry(DELFT, null,
                new Address(null, null, null, "Delft"), TODAY, SignalKind.NUISANCE, "Buurt", "Overlast")));
        for (long id : new long[] {delftSignal.signalId(), delftSignal.signalId() + 1_000_000_000L}) {
            for (ThrowingCallable call : List.<ThrowingCallable>of(() -> signals.history(id),
                    () -> signals.changeStatus(id, 1, SignalStatus.CLOSED, "Afgehandeld"),
                    () -> signals.changeStatus(id, 7, SignalStatus.CLOSED, "Afgehandeld"),
                    () -> signals.linkToLocation(id, 1, westland, "Gevonden"))) {
                TestCaller.as(OFFICER, () -> assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e).extracting(InvalidInputException::messageKey, Throwable::getMessage)
                                .containsExactly("error.signal.unknown", "no signal " + id)));
            }
        }
        // a signal on a location stays in the location's municipality
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> signals.report(signal(delft, null, "Overlast")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("location")));
    }

    @Test
    void aStatusChangeAndALinkAreNewVersionsThatKeepTheHistory() throws Exception {
        String text = "Tenten achter de kassen " + UUID.randomUUID();
        SignalView reported = as(OFFICER, () -> signals.report(signal(null,
                new Address("Poeldijkseweg", null, "2671ab", "Poeldijk"), text)));
        assertThat(reported.status()).isEqualTo(SignalStatus.OPEN);
        assertThat(reported.address().postcode()).isEqualTo("2671 AB");

        TestCaller.as(OFFICER, () -> {
            assertThatThrownBy(() -> signals.changeStatus(reported.signalId(), 1, SignalStatus.IN_PROGRESS, " "))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
            assertThatThrownBy(() -> signals.changeStatus(reported.signalId(), 1, SignalStatus.OPEN, "Nog open"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("status"));
        });
        Thread.sleep(20);
        Instant whileOpen = Instant.now();
        Thread.sleep(20);
        as(OFFICER, () -> signals.changeStatus(reported.signalId(), 1, SignalStatus.IN_PROGRESS, "Toezicht ingepland"));
        assertThat(as(AUDITOR, () -> signals.asKnownOn(WESTLAND, whileOpen))).filteredOn(s -> s.text().equals(text))
                .extracting(SignalView::status).containsExactly(SignalStatus.OPEN);
        assertThat(as(AUDITOR, () -> inspections.asKnownOn(WESTLAND, reported.recordedAt().minusSeconds(3600 * 24 * 365 * 50L))))
                .isEmpty();
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> signals.changeStatus(reported.signalId(), 1,
                SignalStatus.CLOSED, "Afgehandeld")).isInstanceOf(ConcurrentChangeException.class));
        long location = fixture.location(WESTLAND, HousingForm.INFORMAL, Certification.none(), List.of());
        as(COORDINATOR, () -> signals.linkToLocation(reported.signalId(), 2, location, "Locatie geregistreerd"));
        TestCaller.as(AUDITOR, () -> assertThatThrownBy(() -> signals.changeStatus(reported.signalId(), 3,
                SignalStatus.CLOSED, "Afgehandeld")).isInstanceOf(AccessRefusedException.class));

        assertThat(as(AUDITOR, () -> signals.history(reported.signalId())))
                .extracting(SignalView::version, SignalView::status, SignalView::locationId, SignalView::recordedBy,
                        SignalView::reason)
                .containsExactly(tuple(1, SignalStatus.OPEN, null, OFFICER, null),
                        tuple(2, SignalStatus.IN_PROGRESS, null, OFFICER, "Toezicht ingepland"),
                        tuple(3, SignalStatus.IN_PROGRESS, location, COORDINATOR, "Locatie geregistreerd"));
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> signals.change(reported.signalId(), 3,
                SignalStatus.IN_PROGRESS, location, "Niets nieuws"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("status")));
        as(OFFICER, () -> signals.change(reported.signalId(), 3, SignalStatus.CLOSED, location, "Afgehandeld"));
        assertThat(as(OFFICER, () -> signals.ofMunicipality(WESTLAND))).filteredOn(s -> s.text().equals(text))
                .singleElement().satisfies(s -> {
                    assertThat(s.version()).isEqualTo(4);
                    assertThat(s.status()).isEqualTo(SignalStatus.CLOSED);
                    assertThat(s.locationId()).isEqualTo(location);
                    assertThat(s.address().place()).isEqualTo("Poeldijk");
                });
    }

    @Test
    void theWorklistShowsWhatNeedsAttentionAndOmitsWhatIsInOrder() throws Exception {
        long stale = fixture.location(WESTLAND, HousingForm.HOTEL_PENSION, Certification.none(), List.of());
        as(OFFICER, () -> occupancy.report(new OccupancyFigures(stale, TODAY.minusDays(400), 5, null, null, null)));
        long fresh = fixture.location(WESTLAND, HousingForm.HOTEL_PENSION,
                new Certification(QualityMark.SNF, "SNF-1", TODAY.minusDays(30), TODAY.plusDays(400)),
                List.of(new Permit(PermitKind.EXPLOITATIEVERGUNNING, "old", TODAY.minusYears(3), TODAY.minusYears(1)),
                        new Permit(PermitKind.EXPLOITATIEVERGUNNING, "new", TODAY.minusYears(1), TODAY.plusYears(2)),
                        new Permit(PermitKind.VERHUURVERGUNNING, "V-1", TODAY.minusYears(1), null)));
        as(OFFICER, () -> occupancy.report(new OccupancyFigures(fresh, TODAY.minusDays(10), 5, null, null, null)));
        as(OFFICER, () -> inspections.record(new InspectionEntry(fresh, TODAY.minusDays(5), "Inspecteur", null,
                Measure.WARNING, TODAY.plusDays(10))));
        long park = fixture.location(WESTLAND, HousingForm.HOLIDAY_PARK, Certification.none(), List.of());
        long expiring = fixture.location(WESTLAND, HousingForm.HOTEL_PENSION,
                new Certification(QualityMark.SNF, "SNF-2", TODAY.minusYears(1), TODAY.minusDays(5)),
                List.of(new Permit(PermitKind.VERHUURVERGUNNING, "V-2", TODAY.minusYears(1), TODAY.plusDays(30))));
        long followUp = fixture.location(WESTLAND, HousingForm.HOTEL_PENSION, Certification.none(), List.of());
        as(OFFICER, () -> inspections.record(new InspectionEntry(followUp, TODAY.minusDays(20), "Inspecteur", null,
                Measure.LAST_ONDER_DWANGSOM, TODAY.minusDays(5))));
        String openPlace = "Kas " + UUID.randomUUID();
        as(OFFICER, () -> signals.report(signal(null, new Address(null, null, null, openPlace), "Tenten")));
        String closedPlace = "Kas " + UUID.randomUUID();
        SignalView closed = as(OFFICER, () -> signals.report(signal(null, new Address(null, null, null, closedPlace), "Tenten")));
        as(OFFICER, () -> signals.changeStatus(closed.signalId(), 1, SignalStatus.CLOSED, "Tenten weg"));

        List<WorklistItem> items = as(OFFICER, () -> worklist.ofMunicipality(WESTLAND));
        assertThat(items).as("as known now, from the current state, and from the history at this instant")
                .isEqualTo(as(OFFICER, () -> worklist.ofMunicipality(WESTLAND, Instant.now())));

        List<Long> ours = List.of(stale, fresh, park, expiring, followUp);
        assertThat(items).filteredOn(i -> i.locationId() != null && ours.contains(i.locationId()))
                .extracting(WorklistItem::kind, WorklistItem::locationId, WorklistItem::date)
                .containsExactlyInAnyOrder(
                        tuple(WorklistKind.STALE_LOCATION, stale, TODAY.minusDays(400).plusDays(180)),
                        tuple(WorklistKind.FORGOTTEN_PLACE, park, TODAY),
                        tuple(WorklistKind.PERMIT_EXPIRING, expiring, TODAY.plusDays(30)),
                        tuple(WorklistKind.QUALITY_MARK_EXPIRING, expiring, TODAY.minusDays(5)),
                        tuple(WorklistKind.FOLLOW_UP_PASSED, followUp, TODAY.minusDays(5)),
                        tuple(WorklistKind.OVERCROWDED, stale, TODAY.minusDays(400)),
                        tuple(WorklistKind.OVERCROWDED, fresh, TODAY.minusDays(10)));
        assertThat(items).filteredOn(i -> i.kind() == WorklistKind.OVERCROWDED && i.locationId() == fresh)
                .extracting(WorklistItem::label).singleElement().asString().endsWith(" · 5 / 4");
        assertThat(items).filteredOn(i -> i.kind() == WorklistKind.SIGNAL_WITHOUT_LOCATION)
                .extracting(WorklistItem::label).anyMatch(l -> l.contains(openPlace)).noneMatch(l -> l.contains(closedPlace));
        assertThat(items).allMatch(i -> i.municipalityCode().equals(WESTLAND));

        assertThat(as(AUDITOR, () -> worklist.ofProvince())).extracting(WorklistItem::kind, WorklistItem::locationId)
                .contains(tuple(WorklistKind.STALE_LOCATION, stale), tuple(WorklistKind.FOLLOW_UP_PASSED, followUp));

        // a later inspection settles the follow-up; the worklist as known before it still shows it
        Thread.sleep(20);
        Instant beforeSettling = Instant.now();
        Thread.sleep(20);
        as(OFFICER, () -> inspections.record(new InspectionEntry(followUp, TODAY, "Inspecteur", null, Measure.NONE, null)));
        assertThat(as(OFFICER, () -> worklist.ofMunicipality(WESTLAND))).noneMatch(i -> i.locationId() != null
                && i.locationId() == followUp);
        assertThat(as(AUDITOR, () -> worklist.ofMunicipality(WESTLAND, beforeSettling)))
                .extracting(WorklistItem::kind, WorklistItem::locationId)
                .contains(tuple(WorklistKind.FOLLOW_UP_PASSED, followUp));
        assertThat(as(AUDITOR, () -> worklist.ofProvince(beforeSettling.minusSeconds(3600 * 24 * 365 * 30L))))
                .noneMatch(i -> i.locationId() != null && ours.contains(i.locationId()));
    }

    private static SignalEntry signal(Long location, Address address, String text) {
        return new SignalEntry(WESTLAND, location, address, TODAY.minusDays(1), SignalKind.OVERCROWDING,
                "Melding buurtbewoner (voorbeeldgegevens)", text);
    }

    private static <T> T as(String email, Callable<T> action) throws Exception {
        return TestCaller.as(email, action);
    }
}
