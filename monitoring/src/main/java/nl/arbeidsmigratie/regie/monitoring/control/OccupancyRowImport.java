package nl.arbeidsmigratie.regie.monitoring.control;

import static nl.arbeidsmigratie.regie.monitoring.control.ImportColumn.optional;
import static nl.arbeidsmigratie.regie.monitoring.control.ImportColumn.required;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import nl.arbeidsmigratie.regie.monitoring.api.ImportProblem;
import nl.arbeidsmigratie.regie.monitoring.api.OccupancyFigures;
import nl.arbeidsmigratie.regie.platform.api.FreeText;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;

/**
 * Occupancy reports, one per location and reference date. A row refers to its location by BAG id or, for a location
 * without one (a tent, a shed), by its name, with its municipality's code where two municipalities have one so named.
 * A name beside a BAG id must be that location's, however spaced or capitalised.
 */
final class OccupancyRowImport extends RowImport {

    private static final List<ImportColumn> COLUMNS = List.of(
            optional("bag_id", "bag_id"), required("reference_date", "peildatum"), required("persons", "personen"),
            optional("short_stay", "kort_verblijf"), optional("mid_stay", "middellang_verblijf"),
            optional("long_stay", "lang_verblijf"), optional("location_name", "locatienaam"),
            optional("municipality_code", "gemeentecode"));

    @Override
    public List<ImportColumn> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> example(String municipalityCode) {
        return List.of(exampleBagId(municipalityCode), "2025-03-31", "36", "20", "10", "6", "Logiesgebouw Voorbeeldweg",
                municipalityCode);
    }

    @Override
    public Object[] stage(CsvRows.Row row, ImportContext context) {
        String bagId = bagId(row, "bag_id");
        String name = row.get("location_name");
        if (row.get("bag_id") == null && name == null) {
            throw new InvalidInputException("bag_id", "import.location.required", "which location");
        }
        // a location the sender may not record for is refused as such first, before the values it holds (an id
        // that is no BAG id leaves it null, and is refused for that below); one not found is named beside the
        // row's other unreadable values, so that one report shows all that is wrong on its line
        ImportContext.LiveLocation location = null;
        // a BAG id beside a municipality code: both must name the same municipality, one the sender may write for,
        // so a mistyped id does not put the figures on another municipality's location
        String named = row.get("bag_id") != null && row.get("municipality_code") != null
                ? municipalityCode(row, "municipality_code") : null;
        if (named != null) {
            context.mayWrite(named, "municipality_code");
        }
        try {
            location = row.get("bag_id") == null
                    ? context.writableUnnumbered(municipalityCode(row, "municipality_code"), name, "location_name")
                    : bagId == null ? null : context.writableLocation(bagId, "bag_id");
            if (location != null && named != null && !named.equals(location.municipalityCode())) {
                throw new InvalidInputException("bag_id", "import.location.other-municipality",
                        "BAG id " + bagId + " is not of " + named);
            }
            // nor on another location of the same municipality: a name beside the id must be that location's
            if (location != null && row.get("bag_id") != null && name != null
                    && !FreeText.compared(FreeText.line("location_name", name))
                    .equals(FreeText.compared(location.name()))) {
                throw new InvalidInputException("location_name", "import.location.other-name",
                        "BAG id " + bagId + " is the location " + location.name(), location.name());
            }
        } catch (InvalidInputException notFound) {
            row.unreadable().add(notFound);
        }
        LocalDate referenceDate = date(row, "reference_date");
        Integer persons = integer(row, "persons");
        Integer shortStay = integer(row, "short_stay");
        Integer midStay = integer(row, "mid_stay");
        Integer longStay = integer(row, "long_stay");
        requireReadable(row);
        OccupancyFigures f = new OccupancyFigures(location.id(), referenceDate, persons, shortStay, midStay, longStay);
        // the key is taken before the rules, so that a line repeating one the rules refuse is named in the same report
        if (referenceDate != null) {
            context.once(location.id() << 24 | (referenceDate.toEpochDay() & 0xFFFFFF), "reference_date",
                    "import.duplicate.occupancy", (bagId == null ? name : bagId) + " " + referenceDate);
        }
        LocationRules.check(f, context.today(), location.lifetime());
        return new Object[] {row.line(), f.locationId(), f.referenceDate(), f.persons(), f.shortStay(), f.midStay(),
            f.longStay()};
    }

    @Override
    protected String stageTable() {
        return "import_occupancy (line bigint, location_id bigint, reference_date date, persons integer,"
                + " short_stay integer, mid_stay integer, long_stay integer, current_id bigint, same boolean)";
    }

    @Override
    protected String stageColumns() {
        return "line, location_id, reference_date, persons, short_stay, mid_stay, long_stay";
    }

    @Override
    protected String currentTable() {
        return "monitoring.occupancy_report";
    }

    @Override
    protected void markCurrent(Connection c) throws SQLException {
        executeUpdate(c, "update pg_temp.import_occupancy s set current_id = r.id, same = not r.marked_error"
                + " and r.persons = s.persons and r.short_stay is not distinct from s.short_stay"
                + " and r.mid_stay is not distinct from s.mid_stay and r.long_stay is not distinct from s.long_stay"
                + " from monitoring.occupancy_report r where r.location_id = s.location_id"
                + " and r.reference_date = s.reference_date"
                + " and not exists (select 1 from monitoring.occupancy_report n where n.supersedes_id = r.id)");
    }

    /**
     * A report of more persons than the location's beds is overcrowding or a typing error (1.000 for 10): the form
     * asks before it saves one, an import records it and names its line, so the officer looks.
     */
    @Override
    protected List<ImportProblem> notes(Connection c) throws SQLException {
        return problems(c, "select s.line, s.persons::text, v.beds::text"
                + " from pg_temp.import_occupancy s join monitoring.location_version v on v.location_id = s.location_id"
                + " and v.version_no = (select max(w.version_no) from monitoring.location_version w"
                + " where w.location_id = s.location_id)"
                + " where not coalesce(s.same, false) and s.persons > v.beds order by s.line", (rs, notes) ->
                notes.add(new ImportProblem(rs.getLong(1), named("persons"), "import.note.overcrowded",
                        List.of(rs.getString(2), rs.getString(3)), "more persons than beds", rs.getString(2))));
    }

    @Override
    protected void apply(Connection c, Timestamp at, String by, String reason) throws SQLException {
        executeUpdate(c, "insert into monitoring.occupancy_report (location_id, reference_date, persons, short_stay,"
                + " mid_stay, long_stay, recorded_at, recorded_by, supersedes_id, reason)"
                + " select location_id, reference_date, persons, short_stay, mid_stay, long_stay, ?, ?, current_id,"
                + " ?"
                + " from pg_temp.import_occupancy where not coalesce(same, false)", at, by, reason);
    }
}
