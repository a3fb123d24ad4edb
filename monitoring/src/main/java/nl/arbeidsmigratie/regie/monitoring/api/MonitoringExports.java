package nl.arbeidsmigratie.regie.monitoring.api;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import nl.arbeidsmigratie.regie.monitoring.control.MonitoringAccess;
import nl.arbeidsmigratie.regie.monitoring.control.RowImport;
import nl.arbeidsmigratie.regie.monitoring.control.SmallNumbers;
import nl.arbeidsmigratie.regie.monitoring.control.VersionChains;
import nl.arbeidsmigratie.regie.monitoring.entity.LocationVersion;
import nl.arbeidsmigratie.regie.monitoring.entity.MunicipalCount;
import nl.arbeidsmigratie.regie.platform.api.SpreadsheetCsv;
import nl.arbeidsmigratie.regie.registration.api.Role;
import org.apache.commons.csv.CSVFormat;

/**
 * The current monitoring lists of a municipality as CSV, in the import format, so an export can be corrected and
 * imported again: for programs with English column names, commas, decimal points and choices by code; for a
 * spreadsheet as the templates are, with Dutch column names, semicolons, decimal commas and choices by their Dutch
 * word, the form a spreadsheet set to Dutch opens in columns. Occupancy of 1 to 4 persons at one location could
 * point to people, so exports to auditors show it as {@code <5}, which no import accepts; the municipality's own
 * officers, who keep those figures, and coordinators get them as they are.
 * Cells a spreadsheet would run as a formula are written as text ({@link SpreadsheetCsv}); the import reads
 * them back as they were.
 */
@Stateless
public class MonitoringExports {

    public static final String SUPPRESSED = SmallNumbers.SUPPRESSED;

    @PersistenceContext(unitName = "monitoring")
    EntityManager em;

    @Inject
    MonitoringAccess access;

    @Inject
    VersionChains chains;

    /** The list of {@code kind} for programs: English column names, commas, decimal points. */
    public String export(@NotNull ImportKind kind, @NotNull String municipalityCode) {
        return export(kind, municipalityCode, false);
    }

    /** The list of {@code kind} for a spreadsheet set to Dutch: Dutch column names, semicolons, decimal commas. */
    public String exportForSpreadsheet(@NotNull ImportKind kind, @NotNull String municipalityCode) {
        return export(kind, municipalityCode, true);
    }

    private String export(ImportKind kind, String municipalityCode, boolean dutch) {
        boolean suppress = access.readerOf(municipalityCode).role() == Role.AUDITOR;
        StringWriter out = new StringWriter();
        try (SpreadsheetCsv csv = SpreadsheetCsv.writingTo(out,
                CSVFormat.DEFAULT.builder().setDelimiter(dutch ? ';' : ',').setRecordSeparator('\n').get())) {
            Sheet sheet = new Sheet(csv, RowImport.of(kind), dutch);
            switch (kind) {
                case COUNTS -> counts(sheet, municipalityCode);
                case LOCATIONS -> locations(sheet, municipalityCode);
                case OCCUPANCY -> occupancy(sheet, municipalityCode, suppress);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * An export being written: its header in the import's column names, decimals and choices as the form writes
     * them.
     */
    private static final class Sheet {

        private final SpreadsheetCsv csv;
        private final RowImport kind;
        private final boolean dutch;
        private List<String> columns = List.of();

        Sheet(SpreadsheetCsv csv, RowImport kind, boolean dutch) {
            this.csv = csv;
            this.kind = kind;
            this.dutch = dutch;
        }

        void header(String... english) throws IOException {
            columns = List.of(english);
            csv.printRecord(columns.stream().map(name -> kind.columns().stream()
                    .filter(c -> c.english().equals(name)).findFirst().map(c -> dutch ? c.dutch() : c.english())
                    .orElseThrow()).toArray());
        }

        void row(Object... values) throws IOException {
            Object[] written = values.clone();
            for (int i = 0; i < written.length && dutch; i++) {
                if (written[i] instanceof Enum<?> choice) {
                    written[i] = RowImport.word(columns.get(i), choice);
                }
            }
            csv.printRecord(written);
        }

        String decimal(BigDecimal value) {
            return RowImport.decimal(value, dutch);
        }
    }

    private void counts(Sheet sheet, String code) throws IOException {
        sheet.header("municipality_code", "reference_date", "registered_brp", "registered_rni", "working",
                "estimate_min", "estimate_max", "source", "method", "definition", "short_stay_months",
                "long_stay_months");
        for (MunicipalCount count : chains.allAsKnownOn(VersionChains.COUNTS, code, Instant.now())) {
            CountFigures f = count.figures();
            sheet.row(f.municipalityCode(), f.referenceDate(), f.registeredBrp(), f.registeredRni(), f.working(),
                    f.estimateMin(), f.estimateMax(), f.source(), f.method(), f.definition(), f.shortStayMonths(),
                    f.longStayMonths());
        }
    }

    private void locations(Sheet sheet, String code) throws IOException {
        sheet.header("municipality_code", "bag_id", "name", "street", "house_number", "postcode", "place",
                "latitude", "longitude", "housing_form", "status", "opened_on", "closed_on", "beds", "floor_area",
                "bedroom_area", "bedrooms", "toilets", "showers", "quality_mark", "certificate_number",
                "last_audit_on", "valid_until", "stay_focus", "operator");
        for (LocationVersion version : chains.allAsKnownOn(VersionChains.LOCATIONS, code, Instant.now(), "location",
                "permits")) {
            LocationDetails d = version.view().details();
            Address a = d.address();
            Facilities f = d.facilities();
            Certification c = d.certification();
            sheet.row(d.municipalityCode(), d.bagId(), d.name(), a.street(), a.houseNumber(), a.postcode(),
                    a.place(), sheet.decimal(d.latitude()), sheet.decimal(d.longitude()), d.housingForm(), d.status(),
                    d.openedOn(), d.closedOn(), f.beds(), sheet.decimal(f.floorArea()), sheet.decimal(f.bedroomArea()),
                    f.bedrooms(), f.toilets(), f.showers(), c.mark(), c.certificateNumber(), c.lastAuditOn(),
                    c.validUntil(), d.stayFocus(), d.operator());
        }
    }

    private void occupancy(Sheet sheet, String code, boolean suppress) throws IOException {
        // the municipality too, by which a coordinator's file finds a location without BAG id that another
        // municipality has one of the same name of
        sheet.header("bag_id", "location_name", "reference_date", "persons", "short_stay", "mid_stay", "long_stay",
                "municipality_code");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select v.bag_id, v.name, r.reference_date, r.persons,"
                        + " r.short_stay, r.mid_stay, r.long_stay from monitoring.occupancy_report r"
                        + " join monitoring.housing_location l on l.id = r.location_id"
                        + " join lateral (select w.bag_id, w.name, w.marked_error from monitoring.location_version w"
                        + " where w.location_id = l.id order by w.version_no desc limit 1) v on true"
                        + " where l.municipality_code = ?1 and not r.marked_error and not v.marked_error"
                        + " and not exists (select 1 from monitoring.occupancy_report n where n.supersedes_id = r.id)"
                        + " order by v.name, l.id, r.reference_date")
                .setParameter(1, code).getResultList();
        for (Object[] row : rows) {
            Object[] figures = SmallNumbers.shownWithTotal(row[3], suppress, row[4], row[5], row[6]);
            sheet.row(row[0] == null ? null : row[0].toString().strip(), row[1], row[2], figures[0], figures[1],
                    figures[2], figures[3], code);
        }
    }
}
