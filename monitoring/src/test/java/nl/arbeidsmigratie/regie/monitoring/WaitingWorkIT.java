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

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.arbeidsmigratie.regie.monitoring.api.Certification;
import nl.arbeidsmigratie.regie.monitoring.api.CountDefinition;
import nl.arbeidsmigratie.regie.monitoring.api.CountFigures;
import nl.arbeidsmigratie.regie.monitoring.api.CountView;
import nl.arbeidsmigratie.regie.monitoring.api.HousingForm;
import nl.arbeidsmigratie.regie.monitoring.api.MonitoringChange;
import nl.arbeidsmigratie.regie.monitoring.api.MunicipalCounts;
import nl.arbeidsmigratie.regie.monitoring.api.MunicipalWork;
import nl.arbeidsmigratie.regie.monitoring.api.Permit;
import nl.arbeidsmigratie.regie.monitoring.api.PermitKind;
import nl.arbeidsmigratie.regie.monitoring.api.ProvincialWork;
import nl.arbeidsmigratie.regie.monitoring.api.RegionalPicture;
import nl.arbeidsmigratie.regie.monitoring.api.QualityMark;
import nl.arbeidsmigratie.regie.monitoring.api.SignalEntry;
import nl.arbeidsmigratie.regie.monitoring.api.SignalKind;
import nl.arbeidsmigratie.regie.monitoring.api.SignalStatus;
import nl.arbeidsmigratie.regie.monitoring.api.SignalView;
import nl.arbeidsmigratie.regie.monitoring.api.Signals;
import nl.arbeidsmigratie.regie.monitoring.api.WaitingWork;
import nl.arbeidsmigratie.regie.monitoring.api.Worklist;
import nl.arbeidsmigratie.regie.monitoring.api.WorklistItem;
import nl.arbeidsmigratie.regie.monitoring.api.WorklistKind;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.container.TestCaller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What each person's home page shows of monitoring, on Payara Micro and PostgreSQL, and who may read it. */
@ExtendWith(ArquillianExtension.class)
class WaitingWorkIT {

    /** Left to this test: no other test counts Zuidplas. */
    private static final String ZUIDPLAS = "GM1892";

    @Deployment
    static WebArchive deployment() {
        return Deployments.moduleUnderTest(WaitingWorkIT.class);
    }

    @Inject
    WaitingWork work;

    @Inject
    MonitoringFixture fixture;

    @Inject
    MunicipalCounts counts;

    @Inject
    Signals signals;

    @Inject
    Worklist worklist;

    @Inject
    RegionalPicture pictures;

    @Test
    void anOfficerSeesPermitsAndMarksLappingWithinNinetyDaysAndOpenSignals() throws Exception {
        long location = fixture.location(WESTLAND, HousingForm.HOTEL_PENSION,
                new Certification(QualityMark.SNF, "SNF-9", TODAY.minusDays(300), TODAY.plusDays(30)),
                List.of(new Permit(PermitKind.EXPLOITATIEVERGUNNING, "E-1", TODAY.minusYears(1), TODAY.plusDays(75))));
        String open = "Overlast " + UUID.randomUUID();
        SignalView stillOpen = as(OFFICER, () -> signals.report(new SignalEntry(WESTLAND, location, null,
                TODAY.minusDays(2), SignalKind.NUISANCE, "Buurtbewoner (voorbeeldgegevens)", open)));
        SignalView closed = as(OFFICER, () -> signals.report(new SignalEntry(WESTLAND, location, null,
                TODAY.minusDays(3), SignalKind.NUISANCE, "Buurtbewoner (voorbeeldgegevens)", "Afgehandeld " + open)));
        as(OFFICER, () -> signals.changeStatus(closed.signalId(), closed.version(), SignalStatus.CLOSED, "Opgelost"));

        MunicipalWork westland = as(OFFICER, () -> work.ofMunicipality(WESTLAND));

        assertThat(westland.expiring()).filteredOn(item -> Long.valueOf(location).equals(item.locationId()))
                .extracting(WorklistItem::kind, WorklistItem::date)
                .containsExactlyInAnyOrder(tuple(WorklistKind.QUALITY_MARK_EXPIRING, TODAY.plusDays(30)),
                        tuple(WorklistKind.PERMIT_EXPIRING, TODAY.plusDays(75)));
        // the worklist warns as far ahead as the home page: both list the permit
        assertThat(as(OFFICER, () -> worklist.ofMunicipality(WESTLAND))).filteredOn(i -> Long.valueOf(location).equals(i.locationId())
                && i.kind() == WorklistKind.PERMIT_EXPIRING).extracting(WorklistItem::date).containsExactly(TODAY.plusDays(75));
        assertThat(westland.locations()).noneMatch(item -> item.kind() == WorklistKind.PERMIT_EXPIRING
                || item.kind() == WorklistKind.QUALITY_MARK_EXPIRING);
        assertThat(westland.openSignals()).extracting(SignalView::signalId).contains(stillOpen.signalId())
                .doesNotContain(closed.signalId());
    }

    @Test
    void aCountOlderThanAYearIsDueAndTheProvinceNamesTheMunicipalitiesWithoutOne() throws Exception {
        CountView old = as(COORDINATOR, () -> counts.record(count(TODAY.minusYears(2))));
        MunicipalWork due = as(COORDINATOR, () -> work.ofMunicipality(ZUIDPLAS));
        assertThat(due.lastCount()).isEqualTo(TODAY.minusYears(2));
        assertThat(due.countDue()).isTrue();
        assertThat(as(AUDITOR, () -> work.ofProvince(5)).withoutRecentCount()).containsEntry(ZUIDPLAS, "Zuidplas");

        CountView recent = as(COORDINATOR, () -> counts.record(count(TODAY.minusMonths(2))));
        MunicipalWork current = as(COORDINATOR, () -> work.ofMunicipality(ZUIDPLAS));
        assertThat(current.lastCount()).isEqualTo(TODAY.minusMonths(2));
        assertThat(current.countDue()).isFalse();
        // a newer count marked as an error does not count; a correction does, and the version it corrected not
        CountView mistaken = as(COORDINATOR, () -> counts.record(count(TODAY.minusMonths(1))));
        as(COORDINATOR, () -> counts.markAsError(mistaken.id(), "verkeerde gemeente"));
        assertThat(as(COORDINATOR, () -> work.ofMunicipality(ZUIDPLAS)).lastCount()).isEqualTo(TODAY.minusMonths(2));
        as(COORDINATOR, () -> counts.correct(recent.id(), count(TODAY.minusYears(3)), "peildatum verkeerd"));
        assertThat(as(COORDINATOR, () -> work.ofMunicipality(ZUIDPLAS)).lastCount()).isEqualTo(TODAY.minusYears(2));
        as(COORDINATOR, () -> counts.record(count(TODAY.minusMonths(2).plusDays(1))));

        ProvincialWork province = as(COORDINATOR, () -> work.ofProvince(5));
        assertThat(province.province()).isEqualTo("Zuid-Holland");
        assertThat(province.withoutRecentCount()).doesNotContainKey(ZUIDPLAS).containsKey("GM1924")
                .doesNotContainKey("GM0363");
        // today's figures, as the dashboard opens with them
        assertThat(province.referenceDate()).isEqualTo(TODAY);
        assertThat(province.figures()).isNotNull()
                .isEqualTo(as(COORDINATOR, () -> pictures.picture("Haaglanden", TODAY, null)).provinceTotal());
        // Zuidplas's estimate of 200–400 is part of the province's range, which covers all 50 municipalities
        assertThat(province.figures().municipalities()).isEqualTo(50);
        assertThat(province.figures().estimateMunicipalities()).isPositive();
        assertThat(province.figures().estimateMin()).isGreaterThanOrEqualTo(200);

        // an old count says the province's estimate is partly old only when it is an estimate the figures take
        int olderEstimates = province.olderEstimates();
        as(COORDINATOR, () -> counts.record(new CountFigures("GM1924", TODAY.minusYears(2), 300, null, null, null,
                null, "Alleen BRP", null, CountDefinition.LIVING_IN, 4, 12)));
        assertThat(as(COORDINATOR, () -> work.ofProvince(5)).olderEstimates()).isEqualTo(olderEstimates);
        as(COORDINATOR, () -> counts.record(new CountFigures("GM1924", TODAY.minusYears(2), 300, null, null, 500,
                null, "Met schatting", null, CountDefinition.LIVING_IN, 4, 12)));
        assertThat(as(COORDINATOR, () -> work.ofProvince(5)).olderEstimates()).isEqualTo(olderEstimates + 1);

        List<MonitoringChange> latest = as(AUDITOR, () -> work.latestChanges(10));
        assertThat(latest).extracting(MonitoringChange::kind, MonitoringChange::municipalityCode,
                MonitoringChange::recordId, MonitoringChange::label, MonitoringChange::about,
                MonitoringChange::action, MonitoringChange::recordedBy)
                .contains(tuple(MonitoringChange.Kind.COUNT, ZUIDPLAS, old.id(), "Gemeente Zuidplas (voorbeeldgegevens)",
                        TODAY.minusYears(2), MonitoringChange.Action.RECORDED, COORDINATOR));
        // what each version did, as the audit trail says it
        assertThat(latest).extracting(MonitoringChange::action, MonitoringChange::reason).contains(
                tuple(MonitoringChange.Action.MARKED_ERROR, "verkeerde gemeente"),
                tuple(MonitoringChange.Action.CORRECTED, "peildatum verkeerd"));
        assertThat(latest).isSortedAccordingTo((a, b) -> b.recordedAt().compareTo(a.recordedAt()));
    }

    @Test
    void anOfficerReadsOnlyTheirOwnMunicipalityAndNeitherTheProvinceNorItsChanges() {
        TestCaller.as(OFFICER, () -> {
            assertThatThrownBy(() -> work.ofMunicipality(DELFT)).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> work.ofProvince(5)).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> work.latestChanges(10)).isInstanceOf(AccessRefusedException.class);
        });
        TestCaller.as(AUDITOR, () -> {
            assertThat(work.ofMunicipality(DELFT).municipalityCode()).isEqualTo(DELFT);
        });
    }

    private static CountFigures count(LocalDate date) {
        return new CountFigures(ZUIDPLAS, date, 120, null, null, 200, 400, "Gemeente Zuidplas (voorbeeldgegevens)",
                null, CountDefinition.LIVING_IN, 4, 12);
    }

    private static <T> T as(String email, Callable<T> action) throws Exception {
        return TestCaller.as(email, action);
    }
}
