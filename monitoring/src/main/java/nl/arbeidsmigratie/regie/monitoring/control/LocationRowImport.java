package nl.arbeidsmigratie.regie.monitoring.control;

import static nl.arbeidsmigratie.regie.monitoring.control.ImportColumn.optional;
import static nl.arbeidsmigratie.regie.monitoring.control.ImportColumn.required;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import nl.arbeidsmigratie.regie.monitoring.api.Address;
import nl.arbeidsmigratie.regie.monitoring.api.Certification;
import nl.arbeidsmigratie.regie.monitoring.api.Facilities;
import nl.arbeidsmigratie.regie.monitoring.api.HousingForm;
import nl.arbeidsmigratie.regie.monitoring.api.ImportProblem;
import nl.arbeidsmigratie.regie.monitoring.api.LocationDetails;
import nl.arbeidsmigratie.regie.monitoring.api.LocationStatus;
import nl.arbeidsmigratie.regie.monitoring.api.QualityMark;
import nl.arbeidsmigratie.regie.monitoring.api.StayFocus;
import nl.arbeidsmigratie.regie.platform.api.FreeText;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;

/**
 * Housing locations, known by their BAG id: a row for a BAG id the municipality has no live location for
 * registers one; a row for an existing one with other details becomes its next version (permits carried over).
 */
final class LocationRowImport extends RowImport {

    private static final List<ImportColumn> COLUMNS = List.of(
            required("municipality_code", "gemeentecode"), required("bag_id", "bag_id"), required("name", "naam"),
            optional("street", "straat"), optional("house_number", "huisnummer"), optional("postcode", "postcode"),
            optional("place", "plaats"), optional("latitude", "breedtegraad"), optional("longitude", "lengtegraad"),
            required("housing_form", "woonvorm"), required("status", "status"), optional("opened_on", "geopend_op"),
            optional("closed_on", "gesloten_op"), optional("beds", "bedden"), optional("floor_area", "vloeroppervlak"),
            optional("bedroom_area", "slaapkameroppervlak"), optional("bedrooms", "slaapkamers"),
            optional("toilets", "toiletten"), optional("showers", "douches"), optional("quality_mark", "keurmerk"),
            optional("certificate_number", "certificaatnummer"), optional("last_audit_on", "laatste_audit"),
            optional("valid_until", "keurmerk_geldig_tot"), optional("stay_focus", "verblijfsduur"),
            optional("operator", "exploitant"));

    @Override
    public List<ImportColumn> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> example(String municipalityCode) {
        return List.of(municipalityCode, exampleBagId(municipalityCode), "Logiesgebouw Voorbeeldweg", "Voorbeeldweg", "12", "2671 AB", "Naaldwijk", "", "", "wooneenheden", "in gebruik", "2024-03-01", "", "40", "480", "160", "20", "5", "5", "SNF", "SNF-12345", "2026-03-01", "2028-03-01", "short stay", "Voorbeeld Huisvesting B.V.");
    }

    @Override
    public Object[] stage(CsvRows.Row row, ImportContext context) {
        String municipality = requiredMunicipalityCode(row, "municipality_code");
        // a row of another municipality is refused as such first, not for values its sender may not record anyway
        if (municipality != null) {
            context.mayWrite(municipality, "municipality_code");
        }
        LocationDetails read = new LocationDetails(municipality, row.get("name"),
                new Address(row.get("street"), row.get("house_number"), row.get("postcode"), row.get("place")),
                bagId(row, "bag_id", municipality), coordinate(row, "latitude"), coordinate(row, "longitude"),
                choice(row, "housing_form", HousingForm.class),
                choice(row, "status", LocationStatus.class), date(row, "opened_on"),
                date(row, "closed_on"),
                new Facilities(integer(row, "beds"), decimal(row, "floor_area"), decimal(row, "bedroom_area"),
                        integer(row, "bedrooms"), integer(row, "toilets"), integer(row, "showers")),
                new Certification(choice(row, "quality_mark", QualityMark.class),
                        row.get("certificate_number"), date(row, "last_audit_on"), date(row, "valid_until")),
                choice(row, "stay_focus", StayFocus.class), row.get("operator"), List.of());
        requireReadable(row, () -> LocationRules.checked(read, context.today()));
        // the key is taken before the rules, so that a line repeating one the rules refuse is named in the same report
        if (read.bagId() != null) {
            context.once(read.bagId(), "bag_id", "import.duplicate.bag-id");
        } else if (municipality != null && !FreeText.blank(read.name())) {
            context.once(municipality + '|' + FreeText.compared(read.name()), "name", "import.duplicate.name");
        }
        LocationDetails d = LocationRules.checked(read, context.today());
        context.mayWrite(d.municipalityCode(), "municipality_code");
        Long existing = d.bagId() == null ? unnumbered(d, context) : numbered(d, context);
        Address a = d.address();
        Facilities f = d.facilities();
        Certification c = d.certification();
        return new Object[] {row.line(), existing, d.municipalityCode(), d.name(), a.street(), a.houseNumber(),
            a.postcode(), a.place(), d.bagId(), d.latitude(), d.longitude(), d.housingForm(), d.status(), d.openedOn(),
            d.closedOn(), f.beds(), f.floorArea(), f.bedroomArea(), f.bedrooms(), f.toilets(), f.showers(),
            d.operator(), c.mark(), c.certificateNumber(), c.lastAuditOn(), c.validUntil(), d.stayFocus(),
            row.get("opened_on"), row.get("closed_on")};
    }

    /** The location this row's BAG id names, or null for a new one. */
    private static Long numbered(LocationDetails d, ImportContext context) {
        context.requireBagIdOf(d.municipalityCode(), d.bagId());
        List<ImportContext.LiveLocation> same = context.locations(d.bagId());
        if (same.stream().anyMatch(l -> !l.municipalityCode().equals(d.municipalityCode()))) {
            throw new InvalidInputException("bagId", "import.location.other-municipality",
                    "BAG id " + d.bagId() + " belongs to a location of another municipality");
        }
        return same.isEmpty() ? null : context.location(d.bagId(), "bag_id").id();
    }

    /**
     * A row without BAG id is a location without one (a tent, a shed) as an export lists it, known by its
     * municipality and name, so an export comes back unchanged or corrected; a new one is registered in the form,
     * where nothing but its name would tell two apart.
     */
    private static Long unnumbered(LocationDetails d, ImportContext context) {
        List<ImportContext.LiveLocation> named = context.unnumbered(d.municipalityCode(), d.name());
        if (named.isEmpty()) {
            throw new InvalidInputException("bagId", "import.location.unnumbered-new", "a new location in a file needs"
                    + " its BAG id; none without one is called " + d.name());
        }
        if (named.size() > 1) {
            throw new InvalidInputException("name", "import.location.unnumbered-ambiguous",
                    named.size() + " locations without BAG id are called " + d.name());
        }
        return named.get(0).id();
    }

    @Override
    protected String stageTable() {
        return "import_location (line bigint, location_id bigint, municipality_code text, name text, street text,"
                + " house_number text, postcode text, place text, bag_id text, latitude numeric(9, 6),"
                + " longitude numeric(9, 6), housing_form text, status text, opened_on date, closed_on date,"
                + " beds integer, floor_area numeric(9, 1), bedroom_area numeric(9, 1), bedrooms integer,"
                + " toilets integer, showers integer, operator text, quality_mark text, certificate_number text,"
                + " last_audit_on date, mark_valid_until date, stay_focus text,"
                // the dates as the file writes them, for a refusal to quote
                + " opened_on_written text, closed_on_written text,"
                + " current_id bigint, current_no integer, same boolean, new_version_id bigint)";
    }

    @Override
    protected String stageColumns() {
        return "line, location_id, municipality_code, name, street, house_number, postcode, place, bag_id, latitude,"
                + " longitude, housing_form, status, opened_on, closed_on, beds, floor_area, bedroom_area, bedrooms,"
                + " toilets, showers, operator, quality_mark, certificate_number, last_audit_on, mark_valid_until,"
                + " stay_focus, opened_on_written, closed_on_written";
    }

    @Override
    protected String currentTable() {
        return "monitoring.location_version";
    }

    @Override
    protected String storedColumn(String column) {
        return "valid_until".equals(column) ? "mark_valid_until" : super.storedColumn(column);
    }

    @Override
    protected void markCurrent(Connection c) throws SQLException {
        executeUpdate(c, "update pg_temp.import_location s set current_id = v.id, current_no = v.version_no,"
                + " same = v.name = s.name and v.street is not distinct from s.street"
                + " and v.house_number is not distinct from s.house_number and v.postcode is not distinct from s.postcode"
                + " and v.place is not distinct from s.place and v.latitude is not distinct from s.latitude"
                + " and v.longitude is not distinct from s.longitude and v.housing_form = s.housing_form"
                + " and v.status = s.status and v.opened_on is not distinct from s.opened_on"
                + " and v.closed_on is not distinct from s.closed_on and v.beds is not distinct from s.beds"
                + " and v.floor_area is not distinct from s.floor_area"
                + " and v.bedroom_area is not distinct from s.bedroom_area"
                + " and v.bedrooms is not distinct from s.bedrooms and v.toilets is not distinct from s.toilets"
                + " and v.showers is not distinct from s.showers and v.operator is not distinct from s.operator"
                + " and v.quality_mark = s.quality_mark"
                + " and v.certificate_number is not distinct from s.certificate_number"
                + " and v.last_audit_on is not distinct from s.last_audit_on"
                + " and v.mark_valid_until is not distinct from s.mark_valid_until"
                + " and v.stay_focus is not distinct from s.stay_focus"
                + " from monitoring.location_version v where v.location_id = s.location_id and v.version_no ="
                + " (select max(w.version_no) from monitoring.location_version w where w.location_id = s.location_id)");
    }

    /**
     * A location's opening and closing dates hold the days its reports say people lived there, as on the page: a
     * row closing it before the last of them, or opening it after the first, is refused naming that day.
     */
    @Override
    protected List<ImportProblem> conflicts(Connection c) throws SQLException {
        List<ImportProblem> found = new ArrayList<>(twins(c));
        found.addAll(problems(c, "select s.line, s.opened_on_written,"
                + " s.closed_on_written, min(r.reference_date)::text, max(r.reference_date)::text,"
                + " bool_or(r.reference_date < s.opened_on), bool_or(r.reference_date > s.closed_on)"
                + " from pg_temp.import_location s join monitoring.occupancy_report r on r.location_id = s.location_id"
                + " where s.current_id is not null and not coalesce(s.same, false) and r.persons > 0 and not r.marked_error"
                + " and (r.reference_date < s.opened_on or r.reference_date > s.closed_on)"
                + " and not exists (select 1 from monitoring.occupancy_report x where x.supersedes_id = r.id)"
                + " group by s.line, s.opened_on_written, s.closed_on_written order by s.line", (rs, problems) -> {
                    if (rs.getBoolean(7)) {
                        problems.add(new ImportProblem(rs.getLong(1), named("closed_on"),
                                "error.location.closed-before-reports", List.of(rs.getString(5)),
                                "people lived there on " + rs.getString(5), rs.getString(3)));
                    }
                    if (rs.getBoolean(6)) {
                        problems.add(new ImportProblem(rs.getLong(1), named("opened_on"),
                                "error.location.opened-after-reports", List.of(rs.getString(4)),
                                "people lived there on " + rs.getString(4), rs.getString(2)));
                    }
                }));
        return found;
    }

    /**
     * A location at the address and under the name of another where one of the two has no BAG id is that other again,
     * as the form refuses it: a new row, or a correction to that name or address. The file finds a location without
     * BAG id once its page has the BAG id.
     */
    private List<ImportProblem> twins(Connection c) throws SQLException {
        return problems(c, "select s.line, v.name, v.bag_id, s.name from pg_temp.import_location s"
                + " join monitoring.current_location l on l.municipality_code = s.municipality_code"
                + " and not l.marked_error and l.location_id is distinct from s.location_id"
                + " join monitoring.location_version v on v.id = l.version_id"
                + " and (v.bag_id is null) <> (s.bag_id is null)"
                + " where v.postcode = s.postcode"
                + " and " + LocationRules.houseNumberKeySql("v.house_number") + " = "
                + LocationRules.houseNumberKeySql("s.house_number")
                + " and " + LocationRules.comparedNameSql("v.name") + " = " + LocationRules.comparedNameSql("s.name")
                // a correction only where it changes what tells locations apart: a pair recorded before stays
                + " and (s.current_id is null or exists (select 1 from monitoring.location_version o"
                + " where o.id = s.current_id and (o.name, o.postcode, o.house_number)"
                + " is distinct from (s.name, s.postcode, s.house_number)))"
                + " order by s.line", (rs, problems) -> {
                    String name = rs.getString(2);
                    String bagId = rs.getString(3);
                    problems.add(bagId == null
                            ? new ImportProblem(rs.getLong(1), named("name"), "import.location.twin", List.of(name),
                                    "a location without BAG id called " + name + " lies at this address already",
                                    rs.getString(4))
                            : new ImportProblem(rs.getLong(1), named("name"), "import.location.twin.numbered",
                                    List.of(name, bagId.strip()), "a location called " + name + " with BAG id "
                                    + bagId.strip() + " lies at this address already", rs.getString(4)));
                });
    }

    @Override
    protected void apply(Connection c, Timestamp at, String by, String reason) throws SQLException {
        // New locations get their ids up front, so versions can refer to them in the same set-based insert.
        executeUpdate(c, "update pg_temp.import_location set location_id ="
                + " nextval(pg_get_serial_sequence('monitoring.housing_location', 'id')) where location_id is null");
        executeUpdate(c, "insert into monitoring.housing_location (id, municipality_code, registered_at, registered_by)"
                + " overriding system value select location_id, municipality_code, ?, ? from pg_temp.import_location"
                + " where current_id is null order by line", at, by);
        executeUpdate(c, "update pg_temp.import_location set new_version_id ="
                + " nextval(pg_get_serial_sequence('monitoring.location_version', 'id')) where not coalesce(same, false)");
        executeUpdate(c, "insert into monitoring.location_version (id, location_id, version_no, name, street,"
                + " house_number, postcode, place, bag_id, latitude, longitude, housing_form, status, opened_on,"
                + " closed_on, beds, floor_area, bedroom_area, bedrooms, toilets, showers, operator, quality_mark,"
                + " certificate_number, last_audit_on, mark_valid_until, stay_focus, recorded_at, recorded_by, reason)"
                + " overriding system value select new_version_id, location_id, coalesce(current_no, 0) + 1, name,"
                + " street, house_number, postcode, place, bag_id, latitude, longitude, housing_form, status, opened_on,"
                + " closed_on, beds, floor_area, bedroom_area, bedrooms, toilets, showers, operator, quality_mark,"
                + " certificate_number, last_audit_on, mark_valid_until, stay_focus, ?, ?,"
                + " ?"
                + " from pg_temp.import_location where new_version_id is not null order by line", at, by, reason);
        executeUpdate(c, "insert into monitoring.location_permit (version_id, position, kind, number, valid_from,"
                + " valid_to) select s.new_version_id, p.position, p.kind, p.number, p.valid_from, p.valid_to"
                + " from pg_temp.import_location s join monitoring.location_permit p on p.version_id = s.current_id"
                + " where s.new_version_id is not null");
    }
}
