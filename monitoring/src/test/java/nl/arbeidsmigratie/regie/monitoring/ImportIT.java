package nl.arbeidsmigratie.regie.monitoring;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_AUDITOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import nl.arbeidsmigratie.regie.monitoring.api.Address;
import nl.arbeidsmigratie.regie.monitoring.api.Certification;
import nl.arbeidsmigratie.regie.monitoring.api.CountDefinition;
import nl.arbeidsmigratie.regie.monitoring.api.CountFigures;
import nl.arbeidsmigratie.regie.monitoring.api.CountView;
import nl.arbeidsmigratie.regie.monitoring.api.Facilities;
import nl.arbeidsmigratie.regie.monitoring.api.HousingForm;
import nl.arbeidsmigratie.regie.monitoring.api.HousingLocations;
import nl.arbeidsmigratie.regie.monitoring.api.ImportKind;
import nl.arbeidsmigratie.regie.monitoring.api.ImportOutcome;
import nl.arbeidsmigratie.regie.monitoring.api.ImportProblem;
import nl.arbeidsmigratie.regie.monitoring.api.ImportRefusedException;
import nl.arbeidsmigratie.regie.monitoring.api.LocationDetails;
import nl.arbeidsmigratie.regie.monitoring.api.LocationStatus;
import nl.arbeidsmigratie.regie.monitoring.api.MonitoringExports;
import nl.arbeidsmigratie.regie.monitoring.api.MonitoringImports;
import nl.arbeidsmigratie.regie.monitoring.api.MunicipalCounts;
import nl.arbeidsmigratie.regie.monitoring.api.StayClasses;
import nl.arbeidsmigratie.regie.monitoring.api.StayThresholds;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.Datasource;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.container.Races;
import nl.arbeidsmigratie.regie.testing.container.Sql;
import nl.arbeidsmigratie.regie.testing.container.TestCaller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** CSV import and export on Payara Micro and PostgreSQL: formats, all-or-nothing, idempotence, access, speed. */
@ExtendWith(ArquillianExtension.class)
class ImportIT {

    private static final String OFFICER = DEMO_OFFICER.email();
    private static final String COORDINATOR = DEMO_COORDINATOR.email();
    private static final String COUNT_HEADER_NL = "gemeentecode;peildatum;ingeschreven_brp;schatting_min;schatting_max;bron;definitie\n";

    @Deployment
    static WebArchive deployment() {
        return Deployments.moduleUnderTest(ImportIT.class);
    }

    @Inject
    MonitoringImports imports;

    @Inject
    MonitoringExports exports;

    @Inject
    HousingLocations locations;

    @Inject
    MunicipalCounts counts;

    @Inject
    StayClasses stayClasses;

    @Resource(lookup = Datasource.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @Test
    void countsWithDutchHeaderSemicolonsAndBomImportOnceAndChangedFiguresBecomeCorrections() throws Exception {
        String source = "Telling " + UUID.randomUUID();
        String rows = "GM1783;2020-07-01;4500;6000;9000;" + source + ";wonend\n"
                + "gm1783;01-07-2021;4700;;;" + source + ";LIVING_IN\n";
        Path file = file(bom(COUNT_HEADER_NL + rows));

        ImportOutcome first = as(OFFICER, () -> imports.importFile(ImportKind.COUNTS, "westland.csv", file));
        assertThat(first).extracting(ImportOutcome::rows, ImportOutcome::added, ImportOutcome::alreadyImported)
                .containsExactly(2L, 2L, false);
        assertThat(countRows(source)).isEqualTo(2);

        ImportOutcome again = as(OFFICER, () -> imports.importFile(ImportKind.COUNTS, "westland-again.csv", file));
        assertThat(again).extracting(ImportOutcome::alreadyImported, ImportOutcome::added, ImportOutcome::corrected,
                ImportOutcome::unchanged).containsExactly(true, 0L, 0L, 2L);
        assertThat(countRows(source)).isEqualTo(2);

        Path changed = file(COUNT_HEADER_NL + rows.replace("4700", "4800"));
        ImportOutcome correction = as(OFFICER, () -> imports.importFile(ImportKind.COUNTS, "herzien.csv", changed));
        assertThat(correction).extracting(ImportOutcome::added, ImportOutcome::corrected, ImportOutcome::unchanged)
                .containsExactly(0L, 1L, 1L);
        // every version an import wrote, the first of a record too, names the file and the start of its hash
        assertThat(Sql.strings(dataSource, "select registered_brp || ' ' || reason from monitoring.municipal_count"
                + " where source = '" + source + "' order by id")).containsExactly(
                "4500 import westland.csv (SHA-256 " + first.sha256().substring(0, 12) + ")",
                "4700 import westland.csv (SHA-256 " + first.sha256().substring(0, 12) + ")",
                "4800 import herzien.csv (SHA-256 " + correction.sha256().substring(0, 12) + ")");
        // the trail's entry of the import names the version its correction replaced, so its chain holds that too
        String replaced = Sql.strings(dataSource, "select supersedes_id from monitoring.municipal_count"
                + " where source = '" + source + "' and supersedes_id is not null").get(0);
        assertThat(Sql.strings(dataSource, "select after_json::json ->> 'supersedes' from platform.audit_entry"
                + " where action = 'import.completed' and target = 'import:COUNTS:" + correction.sha256() + "'"))
                .containsExactly("[" + replaced + "]");
        assertThat(Sql.strings(dataSource, "select file_name from monitoring.import_log where sha256 = '"
                + first.sha256() + "'")).containsExactly("westland.csv");
        assertThat(Sql.strings(dataSource, "select count(*) from platform.audit_entry where action = 'import.completed'"
                + " and target = 'import:COUNTS:" + first.sha256() + "'")).containsExactly("1");
        // the trail names the municipalities whose data an import wrote, so searching it for one finds the import
        assertThat(Sql.strings(dataSource, "select after_json::json ->> 'municipalities' from platform.audit_entry"
                + " where action = 'import.completed' and target = 'import:COUNTS:" + first.sha256() + "'"))
                .containsExactly("[\"GM1783\"]");

        // the source as a web page or a document gives it, spaced and written otherwise, is the same one: a correction
        String respaced = " " + source.toUpperCase().replace(" ", "\u00a0 ") + " ";
        ImportOutcome pasted = as(OFFICER, () -> imports.importFile(ImportKind.COUNTS, "geplakt.csv",
                file(COUNT_HEADER_NL + rows.replace("4700", "4900").replace(source, respaced))));
        assertThat(pasted).extracting(ImportOutcome::added, ImportOutcome::corrected, ImportOutcome::unchanged)
                .containsExactly(0L, 1L, 1L);
        assertThat(countRows(source)).as("no count beside it that reads the same").isEqualTo(4);
        // a character that takes no room would make one that reads the same another: refused, naming it
        Path hidden = file(COUNT_HEADER_NL + rows.replace(source, source + "\u200b"));
        assertThatThrownBy(() -> as(OFFICER, () -> imports.importFile(ImportKind.COUNTS, "verborgen.csv", hidden)))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::column, ImportProblem::messageKey).containsOnly(
                                org.assertj.core.groups.Tuple.tuple("bron", "error.text.invisible-character")));
        assertThat(countRows(source)).isEqualTo(4);

        // the first file once more, after its figure was corrected: compared as any file is, so it is restored
        ImportOutcome restored = as(OFFICER, () -> imports.importFile(ImportKind.COUNTS, "westland-weer.csv", file));
        assertThat(restored).extracting(ImportOutcome::alreadyImported, ImportOutcome::added, ImportOutcome::corrected,
                ImportOutcome::unchanged).containsExactly(true, 0L, 1L, 1L);
        assertThat(Sql.strings(dataSource, "select file_name from monitoring.import_log where sha256 = '"
                + first.sha256() + "' order by id")).containsExactly("westland.csv", "westland-weer.csv");
    }

    @Test
    void aMunicipalitysOwnStayThresholdsAreTakenByItsNewCountsAndEveryCountKeepsItsOwn() throws Exception {
        String teylingen = "GM1525";
        String source = "Verblijf " + UUID.randomUUID();
        assertThat(as(COORDINATOR, () -> stayClasses.of(teylingen))).extracting(StayThresholds::shortStayMonths,
                StayThresholds::longStayMonths, StayThresholds::version).containsExactly(4, 12, 0);
        // officers set their own municipality's, auditors none; the rules of a count's thresholds hold
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> stayClasses.change(teylingen, 6, 24, 0))
                .isInstanceOf(AccessRefusedException.class));
        TestCaller.as(DEMO_AUDITOR.email(), () -> assertThatThrownBy(() -> stayClasses.change(teylingen, 6, 24, 0))
                .isInstanceOf(AccessRefusedException.class));
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> stayClasses.change(teylingen, 12, 6, 0))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.count.thresholds")));
        StayThresholds own = as(COORDINATOR, () -> stayClasses.change(" gm1525", 6, 24, 0));
        assertThat(own).extracting(StayThresholds::version, StayThresholds::recordedBy).containsExactly(1, COORDINATOR);
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> stayClasses.change(teylingen, 3, 9, 0))
                .isInstanceOf(ConcurrentChangeException.class));

        String row = "GM1525;2024-01-01;300;;;" + source + ";wonend\n";
        as(COORDINATOR, () -> imports.importFile(ImportKind.COUNTS, source + ".csv", file(COUNT_HEADER_NL + row)));
        assertThat(thresholdsOf(source)).containsExactly("6 24");
        // new thresholds do not rewrite a count: sent again without them it is unchanged, corrected it keeps its own
        as(COORDINATOR, () -> stayClasses.change(teylingen, 3, 9, 1));
        ImportOutcome again = as(COORDINATOR, () -> imports.importFile(ImportKind.COUNTS, source + "-2.csv",
                file(COUNT_HEADER_NL + row + row.replace("2024-01-01", "2024-07-01"))));
        assertThat(again).extracting(ImportOutcome::added, ImportOutcome::unchanged).containsExactly(1L, 1L);
        assertThat(thresholdsOf(source)).containsExactly("6 24", "3 9");
        CountView first = as(COORDINATOR, () -> counts.asKnownOn(teylingen, java.time.Instant.now())).stream()
                .filter(c -> c.figures().source().equals(source) && c.figures().referenceDate().getYear() == 2024
                        && c.figures().referenceDate().getMonthValue() == 1).findFirst().orElseThrow();
        as(COORDINATOR, () -> counts.correct(first.id(), new CountFigures(teylingen, first.figures().referenceDate(),
                310, null, null, null, null, source, null, CountDefinition.LIVING_IN, null, null), "herzien"));
        // a count by form or API naming none takes the municipality's
        CountView recorded = as(COORDINATOR, () -> counts.record(new CountFigures(teylingen,
                LocalDate.of(2025, 1, 1), 320, null, null, null, null, source, null, CountDefinition.LIVING_IN, null,
                null)));
        assertThat(recorded.figures()).extracting(CountFigures::shortStayMonths, CountFigures::longStayMonths)
                .containsExactly(3, 9);
        assertThat(thresholdsOf(source)).containsExactly("6 24", "3 9", "3 9");
        // one alone that does not fit the other taken is refused by its own name, with the other's value
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> counts.record(new CountFigures(teylingen,
                LocalDate.of(2025, 7, 1), 320, null, null, null, null, source, null, CountDefinition.LIVING_IN, 12,
                null))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e)
                        .extracting(InvalidInputException::field, InvalidInputException::messageKey)
                        .containsExactly("shortStayMonths", "error.count.thresholds.below-long")));
        assertThat(Sql.strings(dataSource, "select registered_brp || ' ' || short_stay_months from"
                + " monitoring.municipal_count where source = '" + source + "' and supersedes_id is not null"))
                .containsExactly("310 6");
    }

    /** The thresholds of the latest versions of the counts with {@code source}, by reference date. */
    private List<String> thresholdsOf(String source) throws SQLException {
        return Sql.strings(dataSource, "select short_stay_months || ' ' || long_stay_months from"
                + " monitoring.municipal_count m where source = '" + source + "' and not exists (select 1 from"
                + " monitoring.municipal_count n where n.supersedes_id = m.id) order by reference_date");
    }

    @Test
    void aFileCorrectingACountSomeoneElseCorrectsAtTheSameMomentIsRefusedAsAWholeAndTheLogSaysWhy() throws Exception {
        String source = "Tegelijk " + UUID.randomUUID();
        String row = "GM1783;2020-07-01;4500;;;" + source + ";wonend\n";
        as(OFFICER, () -> imports.importFile(ImportKind.COUNTS, "eerste.csv", file(COUNT_HEADER_NL + row)));
        Path file = file(COUNT_HEADER_NL + row.replace("4500", "4600") + row.replace("2020-07-01", "2020-08-01"));
        // someone else's correction of the same count, written but not committed when the file is matched
        try (Connection someoneElse = someoneElseWrote("insert into monitoring.municipal_count"
                + " (municipality_code, reference_date, registered_brp, source, definition, recorded_at,"
                + " recorded_by, supersedes_id, reason) select municipality_code, reference_date, 4700, source,"
                + " definition, now(), 'iemand@anders.example', id, 'formulier' from monitoring.municipal_count"
                + " where source = ?", source)) {
            assertThatThrownBy(() -> Races.lostBy(someoneElse, () -> as(OFFICER,
                    () -> imports.importFile(ImportKind.COUNTS, source + ".csv", file)), executor))
                    .cause().isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                        assertThat(e.concurrent()).isTrue();
                        assertThat(e.problems()).extracting(ImportProblem::messageKey)
                                .containsExactly("import.changed-meanwhile");
                    });
        }
        assertThat(Sql.strings(dataSource, "select registered_brp from monitoring.municipal_count where source = '"
                + source + "' order by id")).as("nothing of the file, its new count neither").containsExactly("4500", "4700");
        assertThat(as(OFFICER, () -> imports.history("GM1783"))).filteredOn(h -> h.fileName().equals(source + ".csv"))
                .singleElement().satisfies(h -> {
                    assertThat(h.refused()).isTrue();
                    assertThat(h.problems()).extracting(ImportProblem::messageKey).containsExactly("import.changed-meanwhile");
                });
    }

    @Test
    void recordsSomeoneElseAddsAtTheSameMomentAreNeitherAddedTwiceNorReportedAsTheFilesFault() throws Exception {
        String bag = bagId();
        as(OFFICER, () -> imports.importFile(ImportKind.LOCATIONS, "tegelijk-locatie.csv", file(
                "gemeentecode;bag_id;naam;woonvorm;status\nGM1783;" + bag + ";Tegelijk " + bag
                        + ";HOUSING_UNITS;ACTIVE\n")));
        // someone else's first report of the same location and date, written but not committed
        try (Connection someoneElse = someoneElseWrote("insert into monitoring.occupancy_report"
                + " (location_id, reference_date, persons, recorded_at, recorded_by) select location_id,"
                + " date '2024-03-01', 8, now(), 'iemand@anders.example' from monitoring.location_version"
                + " where bag_id = ?", bag)) {
            Path reports = file("bag_id;peildatum;personen\n" + bag + ";2024-03-01;7\n");
            assertThatThrownBy(() -> Races.lostBy(someoneElse, () -> as(OFFICER, () -> imports.importFile(
                    ImportKind.OCCUPANCY, "tegelijk.csv", reports)), executor)).cause()
                    .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                        assertThat(e.concurrent()).isTrue();
                        assertThat(e.problems()).extracting(ImportProblem::messageKey)
                                .containsExactly("import.written-meanwhile");
                    });
        }
        // the same new count: the file waits for the municipality's counts someone else holds, then finds it
        String source = "Tegelijk " + UUID.randomUUID();
        try (Connection someoneElse = someoneElseWrote("insert into monitoring.municipal_count"
                + " (municipality_code, reference_date, registered_brp, source, definition, recorded_at, recorded_by)"
                + " select 'GM1783', date '2020-07-01', 4500, ?, 'LIVING_IN', now(), 'iemand@anders.example'"
                + " from (select pg_advisory_xact_lock(hashtext('count|GM1783'))) held", source)) {
            ImportOutcome outcome = Races.lostBy(someoneElse, () -> as(OFFICER, () -> imports.importFile(
                    ImportKind.COUNTS, source + ".csv", file(COUNT_HEADER_NL + "GM1783;2020-07-01;4500;;;" + source
                            + ";wonend\n"))), executor);
            assertThat(outcome.added()).isZero();
            assertThat(outcome.unchanged()).isEqualTo(1);
        }
        assertThat(Sql.strings(dataSource, "select count(*) from monitoring.municipal_count where source = '" + source
                + "'")).containsExactly("1");
    }

    @Test
    void theHistoryShowsAFileByItsVisibleNameAlonePathlessAndALongNameShortenedAroundAnEllipsis() throws Exception {
        String source = "Bestandsnaam " + UUID.randomUUID();
        String tag = source.substring(13, 21);
        String row = "GM1783;2020-07-01;4500;;;" + source + ";wonend\n";
        as(OFFICER, () -> imports.importFile(ImportKind.COUNTS, "C:\\Users\\piet\\tel\nling\t" + tag
                + "\u0000\u007F\u202Egpj.csv", file(COUNT_HEADER_NL + row)));
        as(OFFICER, () -> imports.importFile(ImportKind.COUNTS, "/home/piet/" + tag + "x".repeat(300) + ".csv",
                file(COUNT_HEADER_NL + row.replace("2020-07-01", "2020-08-01"))));
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> imports.importFile(ImportKind.COUNTS,
                "\u001B" + tag + "\u2028fout\u200F.csv", file(COUNT_HEADER_NL + row.replace("4500", "veel"))))
                .isInstanceOf(ImportRefusedException.class));

        String shortened = tag + "x".repeat(200 - tag.length() - "….csv".length()) + "….csv";
        assertThat(as(OFFICER, () -> imports.history("GM1783"))).filteredOn(h -> h.fileName().contains(tag))
                .extracting(h -> h.fileName() + (h.refused() ? " refused" : ""))
                .containsExactlyInAnyOrder("telling" + tag + "gpj.csv", shortened, tag + "fout.csv refused");
        assertThat(shortened).hasSize(200);
    }

    @Test
    void anOfficerSeesNoReportOfARefusedFileThatWasAlsoAboutOtherMunicipalities() throws Exception {
        String source = "Provinciebestand " + UUID.randomUUID();
        String westland = "GM1783;2020-07-01;4500;;;" + source + ";wonend\n";
        String delft = "GM0503;2020-07-01;geheim-delft;;;" + source + ";wonend\n";
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> imports.importFile(ImportKind.COUNTS,
                source + ".csv", file(COUNT_HEADER_NL + westland + delft))).isInstanceOf(ImportRefusedException.class));
        String own = "Eigen bestand " + UUID.randomUUID();
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> imports.importFile(ImportKind.COUNTS, own + ".csv",
                file(COUNT_HEADER_NL + westland.replace("4500", "veel").replace(source, own))))
                .isInstanceOf(ImportRefusedException.class));

        assertThat(as(OFFICER, () -> imports.history("GM1783"))).filteredOn(h -> h.fileName().equals(source + ".csv"))
                .singleElement().satisfies(h -> {
                    assertThat(h.refused()).isTrue();
                    assertThat(h.problemTotal()).isEqualTo(1);
                    assertThat(h.reportWithheld()).isTrue();
                    assertThat(h.problems()).isEmpty();
                });
        assertThat(as(OFFICER, () -> imports.history("GM1783"))).filteredOn(h -> h.fileName().equals(own + ".csv"))
                .singleElement().satisfies(h -> {
                    assertThat(h.reportWithheld()).isFalse();
                    assertThat(h.problems()).extracting(ImportProblem::line).containsExactly(2L);
                });
        assertThat(as(COORDINATOR, () -> imports.history("GM1783"))).filteredOn(h -> h.fileName().equals(source + ".csv"))
                .singleElement().satisfies(h -> {
                    assertThat(h.reportWithheld()).isFalse();
                    assertThat(h.problems()).extracting(ImportProblem::line).containsExactly(3L);
                    // the history, which cannot be changed, keeps no cell as written: it may hold a name or a BSN
                    assertThat(h.problems().get(0).value()).isNull();
                    assertThat(h.problems().get(0).arguments()).doesNotContain("geheim-delft");
                });
        assertThat(Sql.strings(dataSource, "select count(*) from monitoring.import_refusal where problems like"
                + " '%geheim-delft%'")).containsExactly("0");
    }

    @Test
    void locationsAndTheirOccupancyImportWithEnglishHeadersAndCommas() throws Exception {
        String bagA = bagId();
        String bagB = bagId();
        String bagC = bagId();
        // English thousands separators, in a value quoted as the comma is the file's separator too
        Path locations = file("municipality_code,bag_id,name,postcode,housing_form,status,beds,floor_area\n"
                + "GM1783," + bagA + ",Kas-units A,2671ab,HOUSING_UNITS,ACTIVE,40,420.5\n"
                + "GM1783," + bagB + ",\"Pension \"\"De Zon\"\", Naaldwijk\",,HOTEL_PENSION,actief,12,\n"
                + "GM1783," + bagC + ",Campus,,Hotel or pension,Active,\"1,200\",\"12,345.5\"\n");
        ImportOutcome registered = as(OFFICER, () -> imports.importFile(ImportKind.LOCATIONS, "locaties.csv", locations));
        assertThat(registered.added()).isEqualTo(3);
        assertThat(Sql.strings(dataSource, "select beds || ' ' || floor_area from monitoring.location_version"
                + " where bag_id = '" + bagC + "'")).containsExactly("1200 12345.5");
        assertThat(Sql.strings(dataSource, "select name || '|' || postcode from monitoring.location_version where bag_id = '"
                + bagA + "'")).containsExactly("Kas-units A|2671 AB");
        assertThat(Sql.strings(dataSource, "select name from monitoring.location_version where bag_id = '" + bagB + "'"))
                .containsExactly("Pension \"De Zon\", Naaldwijk");

        Path occupancy = file("BAG id,Reference date,Persons,short_stay\n"
                + bagA + ",2024-01-01,38,20\n" + bagA + ",2024-02-01,41,\n" + bagB + ",2024-01-01,3,\n");
        ImportOutcome reported = as(OFFICER, () -> imports.importFile(ImportKind.OCCUPANCY, "bezetting.csv", occupancy));
        assertThat(reported.added()).isEqualTo(3);
        assertThat(occupancyRows(bagA)).isEqualTo(2);
        // stored as sent, and the line of more persons than beds named for a look, as the form asks before saving
        assertThat(reported.notes()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::messageKey,
                ImportProblem::arguments).as("the column as the file names it").containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "Persons", "import.note.overcrowded", List.of("41", "40")));

        Path revised = file("municipality_code,bag_id,name,postcode,housing_form,status,beds,floor_area\n"
                + "GM1783," + bagA + ",Kas-units A,2671 AB,HOUSING_UNITS,ACTIVE,44,420.5\n"
                + "GM1783," + bagB + ",\"Pension \"\"De Zon\"\", Naaldwijk\",,HOTEL_PENSION,ACTIVE,12,\n");
        ImportOutcome revision = as(OFFICER, () -> imports.importFile(ImportKind.LOCATIONS, "locaties-2.csv", revised));
        assertThat(revision).extracting(ImportOutcome::added, ImportOutcome::corrected, ImportOutcome::unchanged)
                .containsExactly(0L, 1L, 1L);
        assertThat(Sql.strings(dataSource, "select version_no || ' ' || beds || ' ' || reason from monitoring.location_version"
                + " where bag_id = '" + bagA + "' and version_no > 1")).containsExactly("2 44 import locaties-2.csv"
                + " (SHA-256 " + revision.sha256().substring(0, 12) + ")");
    }

    @Test
    void aFileWithAnyFaultIsRefusedWithItsLineAndNothingIsStored() throws Exception {
        String source = "Fout " + UUID.randomUUID();
        String good = "GM1783;2020-07-01;4500;6000;9000;" + source + ";wonend\n";
        record Bad(String content, long line, String key) {
        }
        List<Bad> bad = List.of(
                new Bad("gemeentecode;peildatum;ingeschreven_brp;aantal;bron;definitie\n" + good, 1, "import.header.unknown"),
                new Bad("gemeentecode;peildatum;ingeschreven_brp;bron\n" + good, 1, "import.header.required"),
                new Bad("gemeentecode;peildatum,ingeschreven_brp;schatting_min;schatting_max;bron;definitie\n" + good, 1,
                        "import.separator.mixed"),
                new Bad(COUNT_HEADER_NL + good + good.replace("2020-07-01", "2020-08-01").replace(';', ','), 3,
                        "import.separator.mixed"),
                new Bad(COUNT_HEADER_NL + good + "GM1783;2020-09-01;1;;;\"" + source + ";wonend\n" + good, 3,
                        "import.quote.broken"),
                new Bad(COUNT_HEADER_NL + good + good.replace("4500", "4600"), 3, "import.duplicate.count"),
                new Bad(COUNT_HEADER_NL, 2, "import.empty"),
                new Bad(COUNT_HEADER_NL + good + good.replace("2020-07-01", "2020-13-01"), 3,
                        "import.value.no-such-day"),
                new Bad(COUNT_HEADER_NL + good + good.replace("2020-07-01", "1 juli 20"), 3, "import.value.date"),
                new Bad(COUNT_HEADER_NL + good + good.replace("2020-07-01", "46054"), 3, "import.value.date.serial"),
                new Bad(COUNT_HEADER_NL + good + good.replace("2020-07-01", "2020-08-01").replace("6000;9000", "9000;6000"),
                        3, "error.count.range"),
                // a merged cell leaves the rows below it empty: said as empty, not as a code that is wrong
                new Bad(COUNT_HEADER_NL + good + good.replace("GM1783;2020-07-01", ";2020-08-01"), 3,
                        "import.value.empty"));
        for (Bad b : bad) {
            Path file = file(b.content());
            TestCaller.as(OFFICER, () -> assertThat(catchThrowable(() -> imports.importFile(ImportKind.COUNTS,
                    "fout.csv", file))).as(b.key()).isInstanceOfSatisfying(ImportRefusedException.class,
                            e -> assertThat(e.problems()).extracting(ImportProblem::line, ImportProblem::messageKey)
                                    .contains(org.assertj.core.groups.Tuple.tuple(b.line(), b.key()))));
            assertThat(countRows(source)).as(b.key()).isZero();
        }
        Path twice = file(COUNT_HEADER_NL + good + good.replace("4500", "4600"));
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> imports.importFile(ImportKind.COUNTS, "fout.csv", twice))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.messageArguments()).as("the line it came on first").containsExactly(2L))));
        Path wrongValue = file(COUNT_HEADER_NL + good.replace("4500", "veel"));
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> imports.importFile(ImportKind.COUNTS, "fout.csv", wrongValue))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.column()).isEqualTo("ingeschreven_brp"))));
    }

    @Test
    void aFileAsASpreadsheetSavesItIsReadWithItsEmptyColumnsRowsAndDutchNumbers() throws Exception {
        String source = "Spreadsheet " + UUID.randomUUID();
        // Excel's line naming the separator, unnamed trailing columns, an empty row, 1-7-2020 and 4.500 as a Dutch
        // spreadsheet writes them
        Path file = file(bom("sep=;\r\n" + COUNT_HEADER_NL.strip() + ";;\r\n"
                + "GM1783;1-7-2020;4.500;6.000;9000;" + source + ";wonend;;\r\n"
                + ";;;;;;;;\r\n"
                + "GM1783;01/08/2020;4600;;;" + source + ";wonend;;\r\n"
                // a line edited by hand that leaves out its last, empty values
                + "GM1783;01/09/2020;4700;;;" + source + ";wonend\r\n"));
        ImportOutcome outcome = as(OFFICER, () -> imports.importFile(ImportKind.COUNTS, "excel.csv", file));
        assertThat(outcome.added()).isEqualTo(3L);
        assertThat(Sql.strings(dataSource, "select reference_date || ' ' || registered_brp || ' ' "
                + "|| coalesce(estimate_min::text, '-') from monitoring.municipal_count where source = '" + source
                + "' order by reference_date")).containsExactly("2020-07-01 4500 6000", "2020-08-01 4600 -",
                "2020-09-01 4700 -");

        // a value more than the header names, filled in, is a separator too many: said with both counts
        // (and is named by its line in the file, Excel's first line counted)
        Path tooMany = file("sep=;\n" + COUNT_HEADER_NL.strip() + "\n" + "GM1783;1-7-2021;45;00;;;" + source
                + ";wonend\n");
        as(OFFICER, () -> assertThatThrownBy(() -> imports.importFile(ImportKind.COUNTS, "teveel.csv", tooMany))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::line, ImportProblem::messageKey, ImportProblem::arguments)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "import.columns.count",
                                List.of("8", "7")))));
    }

    @Test
    void choicesAreReadByTheWordsThePagesShowAndABadOneIsNamedWithWhatMayStandThere() throws Exception {
        String bag = bagId();
        // the labels of the pages in either language, a code a spreadsheet took for a number, a Dutch decimal
        Path locations = file("gemeentecode;bag_id;naam;woonvorm;status;vloeroppervlak;verblijfsduur;keurmerk\n"
                + "1783;" + bag + ";Woonunits Kas;Woonunits;In  Gebruik;1.234,5;Short stay;Geen\n");
        assertThat(as(OFFICER, () -> imports.importFile(ImportKind.LOCATIONS, "labels.csv", locations)).added())
                .isEqualTo(1);
        assertThat(Sql.strings(dataSource, "select h.municipality_code || ' ' || housing_form || ' ' || status || ' '"
                + " || floor_area || ' ' || stay_focus || ' ' || quality_mark from monitoring.location_version v"
                + " join monitoring.housing_location h on h.id = v.location_id where bag_id = '" + bag + "'"))
                .containsExactly("GM1783 HOUSING_UNITS ACTIVE 1234.5 SHORT NONE");
        String source = "Woorden " + UUID.randomUUID();
        Path counts = file(COUNT_HEADER_NL + "GM1783;2020-07-01;4500;;;" + source + ";Werkzaam in de gemeente\n");
        assertThat(as(OFFICER, () -> imports.importFile(ImportKind.COUNTS, "werkzaam.csv", counts)).added()).isEqualTo(1);
        assertThat(Sql.strings(dataSource, "select definition from monitoring.municipal_count where source = '"
                + source + "'")).containsExactly("WORKING_IN");

        Path wrong = file("gemeentecode;bag_id;naam;woonvorm;status\nGemeente Westland;" + bagId()
                + ";Fout;Caravan;actief\n");
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> imports.importFile(ImportKind.LOCATIONS, "fout.csv", wrong))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::column, ImportProblem::messageKey, ImportProblem::arguments)
                        .contains(org.assertj.core.groups.Tuple.tuple("gemeentecode", "import.value.municipality-code",
                                List.of("Gemeente Westland")))));
        Path caravan = file("gemeentecode;bag_id;naam;woonvorm;status\nGM1783;" + bagId() + ";Fout;Caravan;actief\n");
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> imports.importFile(ImportKind.LOCATIONS, "fout.csv", caravan))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.messageKey()).isEqualTo("import.value.choice");
                            assertThat(p.arguments()).first().isEqualTo("Caravan");
                            assertThat(p.arguments().get(1)).startsWith("„reguliere woning”, „hotel of pension”,")
                                    .contains("„wooneenheden”").endsWith("„informeel”");
                            assertThat(p.arguments().get(2)).as("for the English report, the labels the pages show")
                                    .startsWith("“regular dwelling”, “hotel or pension”, “units in a building complex”,")
                                    .endsWith("“informal (tents, sheds, cars)”");
                        })));
    }

    @Test
    void aDateFromADateAndTimeColumnWithDotsOrAMonthNameIsReadAsItsDayAndATimeAloneIsNoDate() throws Exception {
        String bag = registerLocation(OFFICER, "GM1783");
        Path file = file("bag_id;peildatum;personen\n" + bag + ";2020-05-01 00:00:00;10\n" + bag + ";2-5-2020 0:00;11\n"
                + bag + ";2020-05-03T14:30;12\n" + bag + ";4.5.2020;13\n" + bag + ";5 Mei 2020;14\n"
                + bag + ";6 mei 2020 0:00;15\n");
        ImportOutcome outcome = as(OFFICER, () -> imports.importFile(ImportKind.OCCUPANCY, "tijden.csv", file));
        assertThat(outcome.added()).isEqualTo(6L);
        assertThat(Sql.strings(dataSource, "select r.reference_date || ' ' || r.persons from monitoring.occupancy_report r"
                + " where r.location_id in (select location_id from monitoring.location_version where bag_id = '" + bag
                + "') order by r.reference_date")).containsExactly("2020-05-01 10", "2020-05-02 11", "2020-05-03 12",
                "2020-05-04 13", "2020-05-05 14", "2020-05-06 15");

        Path times = file("bag_id;peildatum;personen\n" + bag + ";14:30;10\n" + bag + ";2020-05-05 25:00;10\n");
        as(OFFICER, () -> assertThatThrownBy(() -> imports.importFile(ImportKind.OCCUPANCY, "tijd.csv", times))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::messageKey, ImportProblem::value).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("import.value.date", "14:30"),
                                org.assertj.core.groups.Tuple.tuple("import.value.date", "2020-05-05 25:00"))));
    }

    @Test
    void aReferenceDateBefore1900OrNotInTheCalendarIsATypingErrorNamedByLine() throws Exception {
        String bag = registerLocation(OFFICER, "GM1783");
        // a header copied from a web page has a non-breaking space between its words; a line repeating a refused one
        // is named in the same report
        Path file = file("bag\u00A0id;peildatum;personen\n" + bag + ";2020-05-01;10\n" + bag + ";0020-05-01;10\n"
                + bag + ";1899-12-31;10\n" + bag + ";31-02-2024;10\n" + bag + ";1899-12-31;11\n");
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> imports.importFile(ImportKind.OCCUPANCY, "typo.csv", file))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.line() + " " + p.column() + " " + p.messageKey())
                        .containsExactly("3 peildatum error.count.reference-date.too-early",
                                "4 peildatum error.count.reference-date.too-early",
                                "5 peildatum import.value.no-such-day",
                                "6 peildatum import.duplicate.occupancy")));
        assertThat(occupancyRows(bag)).isZero();
    }

    @Test
    void occupancyAfterALocationClosedOrWhileItIsPlannedIsRefusedByLine() throws Exception {
        String closed = bagId();
        String planned = bagId();
        as(OFFICER, () -> imports.importFile(ImportKind.LOCATIONS, "levensloop.csv", file(
                "gemeentecode;bag_id;naam;woonvorm;status;geopend_op;gesloten_op\n"
                        + "GM1783;" + closed + ";Gesloten " + closed + ";HOUSING_UNITS;CLOSED;1-1-2020;30-6-2024\n"
                        + "GM1783;" + planned + ";Gepland " + planned + ";HOUSING_UNITS;PLANNED;;\n")));
        Path file = file("bag_id;peildatum;personen\n" + closed + ";2024-06-30;10\n" + closed + ";2024-07-01;10\n"
                + planned + ";2024-07-01;4\n" + planned + ";2024-08-01;0\n");
        as(OFFICER, () -> assertThatThrownBy(() -> imports.importFile(ImportKind.OCCUPANCY, "na-sluiting.csv", file))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::line, ImportProblem::messageKey).containsExactly(
                                org.assertj.core.groups.Tuple.tuple(3L, "error.occupancy.after-closing"),
                                org.assertj.core.groups.Tuple.tuple(4L, "error.occupancy.planned"))));
        assertThat(occupancyRows(closed) + occupancyRows(planned)).isZero();
    }

    @Test
    void aLocationIsNotClosedBeforeNorOpenedAfterTheDaysItsReportsSayPeopleLivedThere() throws Exception {
        String bag = bagId();
        String header = "gemeentecode;bag_id;naam;woonvorm;status;geopend_op;gesloten_op\n";
        as(OFFICER, () -> imports.importFile(ImportKind.LOCATIONS, "levensloop.csv", file(
                header + "GM1783;" + bag + ";Bewoond " + bag + ";HOUSING_UNITS;ACTIVE;1-1-2020;\n")));
        as(OFFICER, () -> imports.importFile(ImportKind.OCCUPANCY, "bewoond.csv", file(
                "bag_id;peildatum;personen\n" + bag + ";2024-03-01;7\n" + bag + ";2024-09-01;9\n"
                        + bag + ";2024-12-01;0\n")));
        as(OFFICER, () -> assertThatThrownBy(() -> imports.importFile(ImportKind.LOCATIONS, "te-vroeg.csv", file(
                header + "GM1783;" + bag + ";Bewoond " + bag + ";HOUSING_UNITS;CLOSED;1-6-2024;1-8-2024\n")))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::messageKey,
                                ImportProblem::arguments, ImportProblem::value).containsExactly(
                                // each date quoted as the file writes it
                                org.assertj.core.groups.Tuple.tuple(2L, "gesloten_op",
                                        "error.location.closed-before-reports", List.of("2024-09-01"), "1-8-2024"),
                                org.assertj.core.groups.Tuple.tuple(2L, "geopend_op",
                                        "error.location.opened-after-reports", List.of("2024-03-01"), "1-6-2024"))));
        // closed after the last day someone lived there, when only an empty report follows, it is taken
        assertThat(as(OFFICER, () -> imports.importFile(ImportKind.LOCATIONS, "gesloten.csv", file(
                header + "GM1783;" + bag + ";Bewoond " + bag + ";HOUSING_UNITS;CLOSED;1-1-2020;1-10-2024\n")))
                .corrected()).isEqualTo(1);
    }

    @Test
    void oneBadLineAmongFiveThousandRefusesTheWholeFile() throws Exception {
        String bag = registerLocation(OFFICER, "GM1783");
        StringBuilder rows = new StringBuilder("bag_id;peildatum;personen\n");
        LocalDate start = LocalDate.of(2000, 1, 1);
        for (int i = 0; i < 5000; i++) {
            rows.append(bag).append(';').append(start.plusDays(i)).append(';').append(i == 3456 ? "-3" : "10").append('\n');
        }
        Path file = file(rows.toString());
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> imports.importFile(ImportKind.OCCUPANCY, "groot.csv", file))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.line()).isEqualTo(3458);
                            assertThat(p.column()).isEqualTo("personen");
                            assertThat(p.messageKey()).isEqualTo("error.count.negative");
                        })));
        assertThat(occupancyRows(bag)).isZero();

        Path fixed = file(rows.toString().replace(";-3\n", ";3\n"));
        assertThat(as(OFFICER, () -> imports.importFile(ImportKind.OCCUPANCY, "groot.csv", fixed)).added()).isEqualTo(5000);
        assertThat(occupancyRows(bag)).isEqualTo(5000);
    }

    /** 200 MB is several times what the container could hold as text; the file is read as a stream, twice. */
    @Test
    void aFileOfTwoHundredMegabytesIsStreamedAndRefusedForItsLastLine() throws Exception {
        int locations = 300;
        StringBuilder header = new StringBuilder("municipality_code,bag_id,name,housing_form,status\n");
        List<String> bags = new java.util.ArrayList<>();
        for (int i = 0; i < locations; i++) {
            bags.add(bagId());
            header.append("GM1783,").append(bags.get(i)).append(",Groot ").append(i).append(",HOUSING_UNITS,ACTIVE\n");
        }
        as(OFFICER, () -> imports.importFile(ImportKind.LOCATIONS, "groot-locaties.csv", file(header.toString())));
        Path big = Files.createTempFile("groot", ".csv");
        long lines = 1;
        try {
            try (java.io.Writer out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
                out.write("bag_id,reference_date,persons\n");
                LocalDate day = LocalDate.of(1900, 1, 1);
                while (Files.size(big) < 200L * 1024 * 1024 || lines % locations != 1) {
                    for (String bag : bags) {
                        out.write(bag + "," + day + ",10\n");
                        lines++;
                    }
                    day = day.plusDays(1);
                    if (lines % 100_000 == 1) {
                        out.flush();
                    }
                }
                out.write(bags.get(0) + "," + day + ",-1\n");
                lines++;
            }
            assertThat(Files.size(big)).isGreaterThanOrEqualTo(200L * 1024 * 1024);
            long last = lines;
            TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> imports.importFile(ImportKind.OCCUPANCY, "groot.csv", big))
                    .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems()).singleElement()
                            .satisfies(p -> {
                                assertThat(p.line()).isEqualTo(last);
                                assertThat(p.messageKey()).isEqualTo("error.count.negative");
                            })));
            assertThat(occupancyRows(bags.get(0))).isZero();
        } finally {
            Files.deleteIfExists(big);
        }
    }

    @Test
    void anOfficerImportingAnotherMunicipalitysRowsIsRefusedAndAuditorsNeverImport() throws Exception {
        String source = "Buren " + UUID.randomUUID();
        Path file = file(COUNT_HEADER_NL + "GM1783;2021-01-01;10;;;" + source + ";wonend\n"
                + "GM0503;2021-01-01;10;;;" + source + ";wonend\n");
        // refused as another municipality's, not first for a value it may not record anyway
        Path alsoWrong = file(COUNT_HEADER_NL + "GM1783;2021-01-01;10;;;" + source + ";wonend\n"
                + "GM0503;2021-02-31;-4;;;" + source + ";wonend\n");
        for (Path refused : List.of(file, alsoWrong)) {
            TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> imports.importFile(ImportKind.COUNTS, "buren.csv",
                    refused)).isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems())
                    .singleElement().satisfies(p -> {
                        assertThat(p.line()).isEqualTo(3);
                        assertThat(p.column()).isEqualTo("gemeentecode");
                        assertThat(p.messageKey()).isEqualTo("import.forbidden");
                    })));
        }
        assertThat(countRows(source)).isZero();
        TestCaller.as(DEMO_AUDITOR.email(), () -> assertThatThrownBy(() -> imports.importFile(ImportKind.COUNTS, "a.csv", file))
                .isInstanceOf(AccessRefusedException.class));
        assertThat(as(COORDINATOR, () -> imports.importFile(ImportKind.COUNTS, "buren.csv", file)).added()).isEqualTo(2);
        // a code the register does not hold is named as such, for a coordinator as for an officer
        Path ghost = file(COUNT_HEADER_NL + "GM9999;2021-01-01;10;;;" + source + " spook;wonend\n");
        for (String caller : List.of(COORDINATOR, OFFICER)) {
            TestCaller.as(caller, () -> assertThatThrownBy(() -> imports.importFile(ImportKind.COUNTS, "spook.csv", ghost))
                    .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems()).singleElement()
                            .satisfies(p -> {
                                assertThat(p.column()).isEqualTo("gemeentecode");
                                assertThat(p.messageKey()).isEqualTo("error.municipality.unknown");
                            })));
        }
        assertThat(countRows(source + " spook")).isZero();
    }

    @Test
    void aNumberTooLargeToKeepIsRefusedByItsColumnsOwnRule() throws Exception {
        String source = "Te groot getal " + UUID.randomUUID();
        Path file = file(COUNT_HEADER_NL + "GM1783;2021-01-01;2147483648;;;" + source + ";wonend\n"
                + "GM1783;2021-02-01;veel;;;" + source + ";wonend\n");
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> imports.importFile(ImportKind.COUNTS, "groot.csv", file))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::line, ImportProblem::messageKey, ImportProblem::arguments)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(2L, "error.count.too-large", List.of()),
                                org.assertj.core.groups.Tuple.tuple(3L, "import.value.number", List.of("veel")))));
        assertThat(countRows(source)).isZero();
    }

    @Test
    void numbersInAnyOtherShapeThanDigitsWithAPointOrCommaAreRefusedNamingTheColumnAndTheValue() throws Exception {
        String header = "gemeentecode;bag_id;naam;woonvorm;status;bedden;vloeroppervlak\n";
        List<String> rows = List.of(
                "GM1783;%s;Exponent;HOUSING_UNITS;ACTIVE;;1E-999999999",
                "GM1783;%s;Groepen;HOUSING_UNITS;ACTIVE;;1.2.3,4",
                "GM1783;%s;Arabisch;HOUSING_UNITS;ACTIVE;\u0661\u0662;",
                "GM1783;%s;Breedbeeld;HOUSING_UNITS;ACTIVE;\uFF11\uFF12;",
                "GM1783;%s;Negatief;HOUSING_UNITS;ACTIVE;-3;",
                "GM1783;%s;Fijn;HOUSING_UNITS;ACTIVE;;0,00000000001",
                "GM1783;%s;Half;HOUSING_UNITS;ACTIVE;10,5;");
        String tag = UUID.randomUUID().toString();
        StringBuilder file = new StringBuilder(header);
        rows.forEach(row -> file.append(row.formatted(bagId()).replace(";HOUSING", " " + tag + ";HOUSING")).append('\n'));
        Path path = file(file.toString());
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> imports.importFile(ImportKind.LOCATIONS, "getallen.csv", path))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::messageKey)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(2L, "vloeroppervlak", "import.value.number"),
                                org.assertj.core.groups.Tuple.tuple(3L, "vloeroppervlak", "import.value.number"),
                                org.assertj.core.groups.Tuple.tuple(4L, "bedden", "import.value.number"),
                                org.assertj.core.groups.Tuple.tuple(5L, "bedden", "import.value.number"),
                                org.assertj.core.groups.Tuple.tuple(6L, "bedden", "error.location.negative"),
                                org.assertj.core.groups.Tuple.tuple(7L, "vloeroppervlak", "import.value.number"),
                                org.assertj.core.groups.Tuple.tuple(8L, "bedden", "import.value.whole"))));
        assertThat(Sql.count(dataSource, "select count(*) from monitoring.location_version where name like ?", "% " + tag))
                .isZero();
    }

    @Test
    void everyValueOfALineThatCannotBeReadAndEveryRuleItBreaksIsNamedAtOnceWithWhatTheFileHolds() throws Exception {
        String tag = UUID.randomUUID().toString();
        Path path = file("gemeentecode;bag_id;naam;woonvorm;status;geopend_op;bedden;toiletten\n"
                + "GM1783;%s;Vier fouten %s;tent;ACTIVE;31-02-2024;veel;-2\n".formatted(bagId(), tag)
                + "GM1783;%s;Regel %s;HOUSING_UNITS;ACTIVE;2024-01-01;-4;-1\n".formatted(bagId(), tag)
                + "GM1783;1,78301E+15;Geen getal %s;HOUSING_UNITS;ACTIVE;;;één\n".formatted(tag));
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> imports.importFile(ImportKind.LOCATIONS, "fouten.csv", path))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                    assertThat(e.problems()).extracting(ImportProblem::line, ImportProblem::column,
                            ImportProblem::messageKey, ImportProblem::value).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(2L, "woonvorm", "import.value.choice", "tent"),
                            org.assertj.core.groups.Tuple.tuple(2L, "geopend_op", "import.value.no-such-day", "31-02-2024"),
                            org.assertj.core.groups.Tuple.tuple(2L, "bedden", "import.value.number", "veel"),
                            // a rule about a value read is named beside the values that could not be read
                            org.assertj.core.groups.Tuple.tuple(2L, "toiletten", "error.location.negative", "-2"),
                            org.assertj.core.groups.Tuple.tuple(3L, "bedden", "error.location.negative", "-4"),
                            org.assertj.core.groups.Tuple.tuple(3L, "toiletten", "error.location.negative", "-1"),
                            org.assertj.core.groups.Tuple.tuple(4L, "bag_id", "import.value.bag-id-as-number",
                                    "1,78301E+15"),
                            org.assertj.core.groups.Tuple.tuple(4L, "toiletten", "import.value.number", "één"));
                    assertThat(e.total()).isEqualTo(8L);
                }));
        assertThat(Sql.count(dataSource, "select count(*) from monitoring.location_version where name like ?", "% " + tag))
                .isZero();
    }

    @Test
    void aCorrectionWithoutSomeColumnsIsRefusedWhereItWouldLoseWhatTheyHoldAndChangesNothing() throws Exception {
        String source = "Volledig " + UUID.randomUUID();
        String header = "gemeentecode;peildatum;ingeschreven_brp;ingeschreven_rni;werkzaam;schatting_min;schatting_max;"
                + "bron;methode;definitie\n";
        as(OFFICER, () -> imports.importFile(ImportKind.COUNTS, "volledig.csv", file(header
                + "GM1783;2024-02-01;4600;350;12000;9000;11000;" + source + ";BRP-export;wonend\n")));
        Path partial = file("gemeentecode;peildatum;ingeschreven_brp;bron;definitie\n"
                + "GM1783;2024-02-01;4601;" + source + ";wonend\n");
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> imports.importFile(ImportKind.COUNTS, "deel.csv", partial))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems())
                        // quoted as the export writes it (12000, not 12.000), also as the problem's value
                        .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::messageKey,
                                p -> p.messageArguments()[1], ImportProblem::value)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(2L, "ingeschreven_rni", "import.column.absent", "350", "350"),
                                org.assertj.core.groups.Tuple.tuple(2L, "werkzaam", "import.column.absent", "12000", "12000"),
                                org.assertj.core.groups.Tuple.tuple(2L, "schatting_min", "import.column.absent", "9000", "9000"),
                                org.assertj.core.groups.Tuple.tuple(2L, "schatting_max", "import.column.absent", "11000", "11000"),
                                org.assertj.core.groups.Tuple.tuple(2L, "methode", "import.column.absent", "BRP-export", "BRP-export"))));
        assertThat(countRows(source)).isEqualTo(1);
        // with the columns there, an empty cell says what it means: unknown
        ImportOutcome explicit = as(OFFICER, () -> imports.importFile(ImportKind.COUNTS, "leeg.csv", file(header
                + "GM1783;2024-02-01;4601;;;;;" + source + ";;wonend\n")));
        assertThat(explicit.corrected()).isEqualTo(1);
        // a line that ends before the last columns of its header does not empty what they hold either
        String methodLast = "gemeentecode;peildatum;ingeschreven_brp;definitie;bron;methode\n";
        as(OFFICER, () -> imports.importFile(ImportKind.COUNTS, "weer.csv", file(methodLast
                + "GM1783;2024-02-01;4602;wonend;" + source + ";BRP-export\n")));
        Path shortLine = file(methodLast + "GM1783;2024-02-01;4603;wonend;" + source + "\n");
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> imports.importFile(ImportKind.COUNTS, "kort.csv",
                shortLine))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::messageKey,
                                ImportProblem::value)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "methode", "import.column.left-out",
                                "BRP-export"))));
        assertThat(Sql.strings(dataSource, "select registered_brp::text from monitoring.municipal_count c where"
                + " source = '" + source + "' and not exists (select 1 from monitoring.municipal_count n"
                + " where n.supersedes_id = c.id)")).containsExactly("4602");

        String bag = bagId();
        as(OFFICER, () -> imports.importFile(ImportKind.LOCATIONS, "keurmerk.csv", file(
                "gemeentecode;bag_id;naam;woonvorm;status;bedden;keurmerk;breedtegraad;lengtegraad;verblijfsduur\nGM1783;"
                        + bag + ";Pension " + bag + ";HOTEL_PENSION;ACTIVE;30;SNF;52,0123;4,2345;kort\n")));
        Path withoutMark = file("gemeentecode;bag_id;naam;woonvorm;status;bedden\nGM1783;" + bag + ";Pension " + bag
                + ";HOTEL_PENSION;ACTIVE;32\n");
        // as the Dutch export writes them, as the column is named in Dutch
        assertThat(lostValues("bedden.csv", withoutMark)).containsExactly(
                org.assertj.core.groups.Tuple.tuple("breedtegraad", "52,0123"),
                org.assertj.core.groups.Tuple.tuple("lengtegraad", "4,2345"),
                org.assertj.core.groups.Tuple.tuple("keurmerk", "SNF"),
                org.assertj.core.groups.Tuple.tuple("verblijfsduur", "short stay"));
        Path withoutMarkInEnglish = file("municipality_code,bag_id,name,housing_form,status,beds\nGM1783," + bag
                + ",Pension " + bag + ",HOTEL_PENSION,ACTIVE,32\n");
        // as the English export writes them, as the file names its columns in English
        assertThat(lostValues("beds.csv", withoutMarkInEnglish)).containsExactly(
                org.assertj.core.groups.Tuple.tuple("latitude", "52.0123"),
                org.assertj.core.groups.Tuple.tuple("longitude", "4.2345"),
                org.assertj.core.groups.Tuple.tuple("quality_mark", "SNF"),
                org.assertj.core.groups.Tuple.tuple("stay_focus", "SHORT"));
        assertThat(Sql.strings(dataSource, "select string_agg(beds || ' ' || quality_mark, ',') from"
                + " monitoring.location_version where bag_id = '" + bag + "'")).containsExactly("30 SNF");
    }

    /** The refused import's columns with the value each would lose, as its problems name them. */
    private List<org.assertj.core.groups.Tuple> lostValues(String name, Path file) throws Exception {
        Throwable refused = TestCaller.as(OFFICER, () -> {
            return catchThrowable(() -> imports.importFile(ImportKind.LOCATIONS, name, file));
        });
        assertThat(refused).isInstanceOf(ImportRefusedException.class);
        return ((ImportRefusedException) refused).problems().stream()
                .map(p -> org.assertj.core.groups.Tuple.tuple(p.column(), p.arguments().get(1))).toList();
    }

    @Test
    void aBagIdASpreadsheetTookForANumberIsReadBackOrAskedForAgain() throws Exception {
        String denHaag = "0518%012d".formatted(ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        as(COORDINATOR, () -> imports.importFile(ImportKind.LOCATIONS, "denhaag.csv", file(
                "gemeentecode;bag_id;naam;woonvorm;status\n518;" + denHaag.substring(1) + ";Locatie " + denHaag
                        + ";HOUSING_UNITS;ACTIVE\n")));
        assertThat(Sql.strings(dataSource, "select l.municipality_code from monitoring.location_version v"
                + " join monitoring.housing_location l on l.id = v.location_id where v.bag_id = '" + denHaag + "'"))
                .as("the leading zero the spreadsheet dropped").containsExactly("GM0518");
        ImportOutcome report = as(COORDINATOR, () -> imports.importFile(ImportKind.OCCUPANCY, "bezetting.csv", file(
                "bag_id;peildatum;personen\n" + denHaag.substring(1) + ";2025-03-31;12\n")));
        assertThat(report.added()).isEqualTo(1);
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> imports.importFile(ImportKind.OCCUPANCY,
                "getal.csv", file("bag_id;peildatum;personen\n1,78301E+15;2025-03-31;12\n")))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::column, ImportProblem::messageKey, ImportProblem::arguments)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("bag_id", "import.value.bag-id-as-number",
                                List.of("1,78301E+15")))));
        // Westland's ids begin with 1783: fifteen digits there are a digit too few, not a zero lost
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> imports.importFile(ImportKind.LOCATIONS,
                "westland.csv", file("gemeentecode;bag_id;naam;woonvorm;status\nGM1783;178301000000060;Te kort;"
                        + "HOUSING_UNITS;ACTIVE\n"))).isInstanceOfSatisfying(ImportRefusedException.class,
                e -> assertThat(e.problems()).extracting(ImportProblem::messageKey, ImportProblem::arguments)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("import.value.bag-id",
                                List.of("178301000000060")))));
        // a totals row is no location that could not be found
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> imports.importFile(ImportKind.OCCUPANCY,
                "totaal.csv", file("bag_id;peildatum;personen\nTotaal;2025-03-31;12\n")))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::messageKey, ImportProblem::arguments)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("import.value.bag-id", List.of("Totaal")))));
    }

    @Test
    void anotherMunicipalitysLocationIsRefusedInAnOccupancyImportExactlyLikeAnUnknownOne() throws Exception {
        String delft = registerLocation(COORDINATOR, "GM0503");
        for (String bag : List.of(delft, "9999010000000006")) {
            Path file = file("bag_id,reference_date,persons\n" + bag + ",2023-01-01,7\n");
            TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> imports.importFile(ImportKind.OCCUPANCY, "b.csv", file))
                    .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems()).singleElement()
                            .satisfies(p -> {
                                assertThat(p.messageKey()).isEqualTo("import.location.unknown");
                                assertThat(p.detail()).isEqualTo("no location with BAG id " + bag);
                            })));
        }
        assertThat(occupancyRows(delft)).isZero();
        // a row that names the municipality too: another's is refused as in any file, one the BAG id is not of too
        Path named = file("bag_id,reference_date,persons,municipality_code\n" + delft + ",2023-01-01,7,GM0503\n");
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> imports.importFile(ImportKind.OCCUPANCY, "d.csv", named))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::messageKey).containsExactly("import.forbidden")));
        String westland = registerLocation(COORDINATOR, "GM1783");
        Path mistyped = file("bag_id,reference_date,persons,municipality_code\n" + westland + ",2023-01-01,7,GM0503\n");
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> imports.importFile(ImportKind.OCCUPANCY, "e.csv",
                mistyped)).isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::messageKey).containsExactly("import.location.other-municipality")));
        assertThat(occupancyRows(westland)).isZero();
        // nor on another location of the same municipality: a name beside the id must be the id's location
        String other = registerLocation(COORDINATOR, "GM1783");
        Path misnamed = file("bag_id;locatienaam;peildatum;personen\n" + westland + ";Locatie " + other
                + ";2023-01-01;7\n");
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> imports.importFile(ImportKind.OCCUPANCY, "f.csv",
                misnamed)).isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::messageKey, ImportProblem::arguments).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("import.location.other-name",
                                        List.of("Locatie " + westland)))));
        assertThat(occupancyRows(westland) + occupancyRows(other)).isZero();
        ImportOutcome spaced = as(OFFICER, () -> imports.importFile(ImportKind.OCCUPANCY, "g.csv", file(
                "bag_id;locatienaam;peildatum;personen\n" + westland + "; LOCATIE\u00a0 " + westland
                        + ";2023-01-01;7\n")));
        assertThat(spaced.added()).as("its name however spaced or capitalised").isEqualTo(1);

        // a location not found does not hide what else is wrong on its line
        Path file = file("bag_id,reference_date,persons\n9999010000000006,31-02-2023,zeven\n");
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> imports.importFile(ImportKind.OCCUPANCY, "c.csv", file))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::messageKey).hasSize(3).first()
                        .isEqualTo("import.location.unknown")));
    }

    @Test
    void charactersThatTakeNoRoomMeanNothingInAColumnsNameOrInAValueReadAsANumberDateCodeOrPostcode()
            throws Exception {
        String zw = "\u200b";
        String bag = bagId();
        ImportOutcome located = as(OFFICER, () -> imports.importFile(ImportKind.LOCATIONS, "onzichtbaar.csv", file(
                "gemeente" + zw + "code;bag_id;naam;postcode;woonvorm;status\n" + "GM1783" + zw + ";" + zw + bag
                        + ";Locatie " + bag + ";2691" + zw + "AC;HOUSING_UNITS;act" + zw + "ive\n")));
        assertThat(located.added()).isEqualTo(1);
        assertThat(Sql.strings(dataSource, "select postcode from monitoring.location_version where bag_id = '" + bag
                + "'")).containsExactly("2691 AC");
        ImportOutcome reported = as(OFFICER, () -> imports.importFile(ImportKind.OCCUPANCY, "onzichtbaar-2.csv", file(
                "bag_id;peil" + zw + "datum;personen\n" + bag + ";4-9-2023" + zw + ";1" + zw + "5\n")));
        assertThat(reported.added()).isEqualTo(1);
        assertThat(Sql.strings(dataSource, "select r.reference_date || ' ' || r.persons"
                + " from monitoring.occupancy_report r join monitoring.location_version v on v.location_id = r.location_id"
                + " where v.bag_id = '" + bag + "'")).containsExactly("2023-09-04 15");
        // in a name it would make one that reads the same another: refused, naming the character
        Path named = file("gemeentecode;bag_id;naam;woonvorm;status\nGM1783;" + bagId() + ";Locatie" + zw
                + ";HOUSING_UNITS;ACTIVE\n");
        assertThatThrownBy(() -> as(OFFICER, () -> imports.importFile(ImportKind.LOCATIONS, "naam.csv", named)))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::messageKey, ImportProblem::arguments).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("error.text.invisible-character",
                                        List.of("U+200B"))));
    }

    @Test
    void exportsWithholdSmallOccupancyFromAuditorsOnly() throws Exception {
        String bag = registerLocation(OFFICER, "GM1783");
        as(OFFICER, () -> imports.importFile(ImportKind.OCCUPANCY, "klein.csv", file("bag_id,reference_date,persons,short_stay\n"
                + bag + ",2023-01-01,3,2\n" + bag + ",2023-02-01,12,0\n")));

        String officerExport = as(OFFICER, () -> exports.export(ImportKind.OCCUPANCY, "GM1783"));
        assertThat(officerExport).as("the municipality's own officer keeps these figures").startsWith(
                "bag_id,location_name,reference_date,persons").contains(bag + ",Locatie " + bag + ",2023-01-01,3,2,,")
                .contains(bag + ",Locatie " + bag + ",2023-02-01,12,0,,");
        assertThat(as(DEMO_AUDITOR.email(), () -> exports.export(ImportKind.OCCUPANCY, "GM1783")))
                .contains(bag + ",Locatie " + bag + ",2023-01-01,<5,<5,,");
        String coordinatorExport = as(COORDINATOR, () -> exports.export(ImportKind.OCCUPANCY, "GM1783"));
        assertThat(coordinatorExport).contains(bag + ",Locatie " + bag + ",2023-01-01,3,2,,").isEqualTo(officerExport);
        ImportOutcome roundTrip = as(COORDINATOR, () -> imports.importFile(ImportKind.OCCUPANCY, "export.csv",
                file(headerAndLinesOf(coordinatorExport, bag))));
        assertThat(roundTrip).extracting(ImportOutcome::added, ImportOutcome::corrected, ImportOutcome::unchanged)
                .containsExactly(0L, 0L, roundTrip.rows());
        String locationExport = as(OFFICER, () -> exports.export(ImportKind.LOCATIONS, "GM1783"));
        assertThat(as(OFFICER, () -> imports.importFile(ImportKind.LOCATIONS, "export.csv",
                file(headerAndLinesOf(locationExport, bag)))))
                .extracting(ImportOutcome::added, ImportOutcome::corrected).containsExactly(0L, 0L);
        assertThat(as(OFFICER, () -> exports.export(ImportKind.LOCATIONS, "GM1783"))).contains("GM1783," + bag + ",Locatie " + bag);
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> exports.export(ImportKind.COUNTS, "GM0503"))
                .isInstanceOf(AccessRefusedException.class));
    }

    @Test
    void theExportForASpreadsheetIsInTheTemplatesFormAndImportsBackUnchanged() throws Exception {
        String bag = bagId();
        as(OFFICER, () -> imports.importFile(ImportKind.LOCATIONS, "komma.csv", file(
                "gemeentecode;bag_id;naam;woonvorm;status;breedtegraad;lengtegraad;vloeroppervlak\nGM1783;" + bag
                        + ";Komma " + bag + ";HOUSING_UNITS;ACTIVE;51,99;4,2;480,5\n")));

        String sheet = as(OFFICER, () -> exports.exportForSpreadsheet(ImportKind.LOCATIONS, "GM1783"));
        assertThat(sheet.lines().findFirst().orElseThrow()).isEqualTo(as(OFFICER, () -> imports.template(
                ImportKind.LOCATIONS)).lines().findFirst().orElseThrow());
        assertThat(sheet).contains("GM1783;" + bag + ";Komma " + bag + ";;;;;51,99;4,2;wooneenheden;in gebruik;;;;480,5;");
        assertThat(as(OFFICER, () -> exports.export(ImportKind.LOCATIONS, "GM1783")))
                .contains("GM1783," + bag + ",Komma " + bag + ",,,,,51.99,4.2,HOUSING_UNITS,ACTIVE,,,,480.5,");
        assertThat(as(OFFICER, () -> imports.importFile(ImportKind.LOCATIONS, "export.csv",
                file(headerAndLinesOf(sheet, bag))))).extracting(ImportOutcome::added, ImportOutcome::corrected,
                ImportOutcome::unchanged).containsExactly(0L, 0L, 1L);
        assertThat(as(COORDINATOR, () -> exports.exportForSpreadsheet(ImportKind.OCCUPANCY, "GM1783")))
                .startsWith("bag_id;locatienaam;peildatum;personen");
    }

    @Test
    void aLocationWithoutBagIdComesBackFromTheExportByItsNameWithItsOccupancyAndANewOneIsAskedForItsBagId() throws Exception {
        String name = "Tenten bij de kassen " + UUID.randomUUID();
        as(OFFICER, () -> locations.register(new LocationDetails("GM1783", name, new Address(null, null, null, null),
                null, null, null, HousingForm.INFORMAL, LocationStatus.ACTIVE, null, null, Facilities.unknown(),
                Certification.none(), null, null, List.of())));
        String sheet = as(OFFICER, () -> exports.exportForSpreadsheet(ImportKind.LOCATIONS, "GM1783"));
        String header = sheet.lines().findFirst().orElseThrow();
        String line = sheet.lines().filter(l -> l.contains(name)).findFirst().orElseThrow();
        assertThat(line).startsWith("GM1783;;");
        assertThat(as(OFFICER, () -> imports.importFile(ImportKind.LOCATIONS, "export.csv",
                file(header + "\n" + line + "\n")))).extracting(ImportOutcome::added, ImportOutcome::corrected,
                ImportOutcome::unchanged).containsExactly(0L, 0L, 1L);

        // corrected in the file: 12 beds, in the same name's own case or another
        String[] cells = line.split(";", -1);
        cells[List.of(header.split(";")).indexOf("bedden")] = "12";
        cells[2] = name.toUpperCase(java.util.Locale.ROOT);
        assertThat(as(OFFICER, () -> imports.importFile(ImportKind.LOCATIONS, "bedden.csv",
                file(header + "\n" + String.join(";", cells) + "\n")))).extracting(ImportOutcome::added,
                ImportOutcome::corrected).containsExactly(0L, 1L);
        assertThat(Sql.strings(dataSource, "select v.beds from monitoring.location_version v where v.name = '"
                + name.toUpperCase(java.util.Locale.ROOT) + "'")).containsExactly("12");

        // its occupancy comes by its name as well; a name no such location of the sender's has is refused as such
        assertThat(as(OFFICER, () -> imports.importFile(ImportKind.OCCUPANCY, "tenten.csv", file(
                "bag_id;locatienaam;peildatum;personen\n;" + name + ";2025-06-01;9\n")).added())).isEqualTo(1L);
        assertThat(Sql.strings(dataSource, "select r.persons from monitoring.occupancy_report r join"
                + " monitoring.location_version v on v.location_id = r.location_id where v.name = '" + name + "'"))
                .containsExactly("9");
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> imports.importFile(ImportKind.OCCUPANCY, "onbekend.csv",
                file("locatienaam;peildatum;personen\nSchuur " + UUID.randomUUID() + ";2025-06-01;9\n")))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.column()).isEqualTo("locatienaam");
                            assertThat(p.messageKey()).isEqualTo("import.location.unnumbered-unknown");
                        })));

        // a name no location without BAG id has is a new location, which a file registers by its BAG id
        cells[2] = "Nieuwe schuur " + UUID.randomUUID();
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> imports.importFile(ImportKind.LOCATIONS, "nieuw.csv",
                file(header + "\n" + String.join(";", cells) + "\n"))).isInstanceOfSatisfying(
                ImportRefusedException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.column()).isEqualTo("bag_id");
                    assertThat(p.messageKey()).isEqualTo("import.location.unnumbered-new");
                })));
    }

    @Test
    void aNewLocationAtTheAddressAndUnderTheNameOfOneWithoutBagIdIsRefusedAsThatOne() throws Exception {
        String name = "Schuur " + UUID.randomUUID();
        as(OFFICER, () -> locations.register(new LocationDetails("GM1783", name, new Address("Kasweg", "7", "2671AB",
                null), null, null, null, HousingForm.INFORMAL, LocationStatus.ACTIVE, null, null, Facilities.unknown(),
                Certification.none(), null, null, List.of())));
        String bagId = "1783%012d".formatted(ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        Path file = file("gemeentecode;bag_id;naam;straat;huisnummer;postcode;woonvorm;status\n"
                + "GM1783;" + bagId + ";" + name.toUpperCase(java.util.Locale.ROOT)
                + ";Kasweg;7;2671 ab;INFORMAL;ACTIVE\n");
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> imports.importFile(ImportKind.LOCATIONS, "schuur.csv",
                file))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.line()).isEqualTo(2);
                            assertThat(p.column()).isEqualTo("naam");
                            assertThat(p.messageKey()).isEqualTo("import.location.twin");
                            assertThat(p.arguments()).containsExactly(name);
                        })));
        assertThat(Sql.count(dataSource, "select count(*) from monitoring.location_version where bag_id = ?", bagId))
                .isZero();
    }

    @Test
    void anOfficersLocationWithABagIdOfAnotherMunicipalityIsRefusedNamingIt() throws Exception {
        String denHaag = "0518%012d".formatted(ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        Path file = file("gemeentecode;bag_id;naam;woonvorm;status\nGM1783;" + denHaag + ";Over de grens;HOUSING_UNITS;"
                + "ACTIVE\n");
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> imports.importFile(ImportKind.LOCATIONS, "grens.csv", file))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.column()).isEqualTo("bag_id");
                            assertThat(p.messageKey()).isEqualTo("error.location.bag-id.elsewhere");
                            assertThat(p.arguments()).containsExactly("'s-Gravenhage");
                        })));
        assertThat(as(COORDINATOR, () -> imports.importFile(ImportKind.LOCATIONS, "grens.csv", file)).added())
                .as("a coordinator registers an address a boundary correction moved").isEqualTo(1);
    }

    @Test
    void aLocationNamedLikeAFormulaIsExportedAsTextAndImportsBackUnchanged() throws Exception {
        String bag = bagId();
        String formula = "=HYPERLINK(\"http://x\")";
        as(OFFICER, () -> imports.importFile(ImportKind.LOCATIONS, "formule.csv", file(
                "gemeentecode;bag_id;naam;woonvorm;status\nGM1783;" + bag + ";\""
                        + formula.replace("\"", "\"\"") + "\";HOUSING_UNITS;ACTIVE\n")));

        String export = as(OFFICER, () -> exports.export(ImportKind.LOCATIONS, "GM1783"));
        assertThat(export).as("a spreadsheet shows the name as text")
                .contains("GM1783," + bag + ",\"'=HYPERLINK(\"\"http://x\"\")\",")
                .doesNotContain(",\"=HYPERLINK");
        ImportOutcome roundTrip = as(OFFICER, () -> imports.importFile(ImportKind.LOCATIONS, "export.csv",
                file(headerAndLinesOf(export, bag))));
        assertThat(roundTrip).extracting(ImportOutcome::added, ImportOutcome::corrected, ImportOutcome::unchanged)
                .containsExactly(0L, 0L, 1L);
        assertThat(Sql.strings(dataSource, "select name from monitoring.location_version where bag_id = '" + bag
                + "'")).containsExactly(formula);

        // behind the other separator, where a spreadsheet set to another language starts a cell
        String hidden = bagId();
        String name = "Probe;=2+2";
        as(OFFICER, () -> imports.importFile(ImportKind.LOCATIONS, "verstopt.csv", file(
                "gemeentecode,bag_id,naam,woonvorm,status\nGM1783," + hidden + "," + name + ",HOUSING_UNITS,ACTIVE\n")));
        String api = as(OFFICER, () -> exports.export(ImportKind.LOCATIONS, "GM1783"));
        assertThat(api).contains("GM1783," + hidden + ",Probe;'=2+2,").doesNotContain(";=2+2");
        assertThat(as(OFFICER, () -> imports.importFile(ImportKind.LOCATIONS, "terug.csv",
                file(headerAndLinesOf(api, hidden)))).unchanged()).isEqualTo(1L);
        assertThat(Sql.strings(dataSource, "select name from monitoring.location_version where bag_id = '" + hidden
                + "'")).containsExactly(name);
    }

    /** The lines of this test's own location, apart from those other tests in the same database keep. */
    private static String headerAndLinesOf(String csv, String bag) {
        String[] lines = csv.split("\r?\n");
        StringBuilder kept = new StringBuilder(lines[0]).append('\n');
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].contains(bag)) {
                kept.append(lines[i]).append('\n');
            }
        }
        return kept.toString();
    }

    private String registerLocation(String who, String municipality) throws Exception {
        String bag = bagId();
        as(who, () -> imports.importFile(ImportKind.LOCATIONS, "locatie.csv", file(
                "gemeentecode;bag_id;naam;woonvorm;status\n" + municipality + ";" + bag + ";Locatie " + bag
                        + ";HOUSING_UNITS;ACTIVE\n")));
        return bag;
    }

    /** A connection, autocommit off, holding someone else's write ({@code sql} with its one parameter) uncommitted. */
    private Connection someoneElseWrote(String sql, String parameter) throws SQLException {
        Connection held = dataSource.getConnection();
        try (PreparedStatement write = held.prepareStatement(sql)) {
            held.setAutoCommit(false);
            write.setString(1, parameter);
            write.executeUpdate();
            return held;
        } catch (SQLException e) {
            held.close();
            throw e;
        }
    }

    private static String bagId() {
        // a Westland address: an officer's BAG id lies in their own municipality
        return "1783%012d".formatted(ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    }

    private int countRows(String source) throws Exception {
        return Integer.parseInt(Sql.strings(dataSource, "select count(*) from monitoring.municipal_count"
                + " where lower(source) = lower('" + source + "')").get(0));
    }

    private int occupancyRows(String bagId) throws Exception {
        return Integer.parseInt(Sql.strings(dataSource, "select count(*) from monitoring.occupancy_report r"
                + " where r.location_id in (select location_id from monitoring.location_version where bag_id = '"
                + bagId + "')").get(0));
    }

    private static <T> T as(String who, java.util.concurrent.Callable<T> action) throws Exception {
        return TestCaller.as(who, action);
    }

    private static byte[] bom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        return withBom;
    }

    private static Path file(String text) throws IOException {
        return file(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Path file(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("import", ".csv");
        file.toFile().deleteOnExit();
        return Files.write(file, bytes);
    }
}
