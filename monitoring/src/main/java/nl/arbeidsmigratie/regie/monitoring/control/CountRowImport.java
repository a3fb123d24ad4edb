package nl.arbeidsmigratie.regie.monitoring.control;

import static nl.arbeidsmigratie.regie.monitoring.control.ImportColumn.optional;
import static nl.arbeidsmigratie.regie.monitoring.control.ImportColumn.required;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import nl.arbeidsmigratie.regie.monitoring.api.CountDefinition;
import nl.arbeidsmigratie.regie.monitoring.api.CountFigures;
import nl.arbeidsmigratie.regie.monitoring.api.StayThresholds;
import nl.arbeidsmigratie.regie.platform.api.FreeText;

/**
 * Municipal counts; a count is the same count when municipality, reference date, definition and source match, the
 * source whatever its capitals ("Bron" and "bron" are one source typed twice).
 */
final class CountRowImport extends RowImport {

    private static final List<ImportColumn> COLUMNS = List.of(
            required("municipality_code", "gemeentecode"), required("reference_date", "peildatum"),
            optional("registered_brp", "ingeschreven_brp"), optional("registered_rni", "ingeschreven_rni"),
            optional("working", "werkzaam"), optional("estimate_min", "schatting_min"),
            optional("estimate_max", "schatting_max"), required("source", "bron"), optional("method", "methode"),
            required("definition", "definitie"), optional("short_stay_months", "kort_verblijf_maanden"),
            optional("long_stay_months", "lang_verblijf_maanden"));

    @Override
    public List<ImportColumn> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> example(String municipalityCode) {
        return List.of(municipalityCode, "2025-01-01", "4500", "350", "12000", "9000", "11000", "Gemeentelijke telling", "BRP en RNI op de peildatum", "wonend", "4", "12");
    }

    @Override
    protected List<String> englishExample(String municipalityCode) {
        List<String> example = new java.util.ArrayList<>(example(municipalityCode));
        List<String> names = columns().stream().map(ImportColumn::english).toList();
        example.set(names.indexOf("source"), "Municipal count");
        example.set(names.indexOf("method"), "BRP and RNI on the reference date");
        return example;
    }

    @Override
    public Object[] stage(CsvRows.Row row, ImportContext context) {
        String municipality = requiredMunicipalityCode(row, "municipality_code");
        // a row of another municipality is refused as such first, not for values its sender may not record anyway
        if (municipality != null) {
            context.mayWrite(municipality, "municipality_code");
        }
        CountFigures given = new CountFigures(municipality, date(row, "reference_date"),
                integer(row, "registered_brp"), integer(row, "registered_rni"), integer(row, "working"),
                integer(row, "estimate_min"), integer(row, "estimate_max"), row.get("source"), row.get("method"),
                choice(row, "definition", CountDefinition.class), integer(row, "short_stay_months"),
                integer(row, "long_stay_months"));
        // a count the row leaves without thresholds keeps its own (markCurrent); a new one gets its municipality's
        boolean thresholdsGiven = given.shortStayMonths() != null || given.longStayMonths() != null;
        StayThresholds own = context.stayThresholdsOf(given.municipalityCode());
        CountFigures f = CountRules.filledIn(given, own.shortStayMonths(), own.longStayMonths());
        requireReadable(row, () -> CountRules.check(f, context.today()));
        // the key is taken before the rules, so that a line repeating one the rules refuse is named in the same report
        if (f.municipalityCode() != null && f.referenceDate() != null && !FreeText.blank(f.source())) {
            context.once(f.municipalityCode() + '|' + f.referenceDate() + '|' + f.definition() + '|'
                    + f.source().strip().toLowerCase(java.util.Locale.ROOT), "reference_date", "import.duplicate.count");
        }
        CountRules.check(f, context.today());
        context.mayWrite(f.municipalityCode(), "municipality_code");
        return new Object[] {row.line(), f.municipalityCode(), f.referenceDate(), f.registeredBrp(), f.registeredRni(),
            f.working(), f.estimateMin(), f.estimateMax(), f.source().strip(), f.method(), f.definition(),
            f.shortStayMonths(), f.longStayMonths(), thresholdsGiven};
    }

    @Override
    protected String stageTable() {
        return "import_count (line bigint, municipality_code text, reference_date date, registered_brp integer,"
                + " registered_rni integer, working integer, estimate_min integer, estimate_max integer, source text,"
                + " method text, definition text, short_stay_months integer, long_stay_months integer,"
                + " thresholds_given boolean, current_id bigint, same boolean)";
    }

    @Override
    protected String stageColumns() {
        return "line, municipality_code, reference_date, registered_brp, registered_rni, working, estimate_min,"
                + " estimate_max, source, method, definition, short_stay_months, long_stay_months, thresholds_given";
    }

    @Override
    protected String currentTable() {
        return "monitoring.municipal_count";
    }

    @Override
    protected void holdKeys(Connection c) throws SQLException {
        List<String> municipalities = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select distinct municipality_code from pg_temp.import_count order by 1")) {
            while (rs.next()) {
                municipalities.add(rs.getString(1));
            }
        }
        // in one order, so two files of the same municipalities wait for each other rather than deadlock
        for (String municipality : municipalities) {
            WriteLocks.hold(c, CountRules.writeLock(municipality));
        }
    }

    @Override
    protected void markCurrent(Connection c) throws SQLException {
        executeUpdate(c, "update pg_temp.import_count s set current_id = m.id,"
                + " short_stay_months = case when s.thresholds_given then s.short_stay_months else m.short_stay_months end,"
                + " long_stay_months = case when s.thresholds_given then s.long_stay_months else m.long_stay_months end,"
                + " same = not m.marked_error"
                + " and m.registered_brp is not distinct from s.registered_brp"
                + " and m.registered_rni is not distinct from s.registered_rni"
                + " and m.working is not distinct from s.working"
                + " and m.estimate_min is not distinct from s.estimate_min"
                + " and m.estimate_max is not distinct from s.estimate_max"
                + " and m.method is not distinct from s.method"
                + " and (not s.thresholds_given"
                + " or m.short_stay_months = s.short_stay_months and m.long_stay_months = s.long_stay_months)"
                + " from monitoring.municipal_count m where m.municipality_code = s.municipality_code"
                + " and m.reference_date = s.reference_date and m.definition = s.definition"
                + " and lower(m.source) = lower(s.source)"
                + " and not exists (select 1 from monitoring.municipal_count n where n.supersedes_id = m.id)");
    }

    @Override
    protected void apply(Connection c, Timestamp at, String by, String reason) throws SQLException {
        executeUpdate(c, "insert into monitoring.municipal_count (municipality_code, reference_date, registered_brp,"
                + " registered_rni, working, estimate_min, estimate_max, source, method, definition, short_stay_months,"
                + " long_stay_months, recorded_at, recorded_by, supersedes_id, reason)"
                + " select municipality_code, reference_date, registered_brp, registered_rni, working, estimate_min,"
                + " estimate_max, source, method, definition, short_stay_months, long_stay_months, ?, ?, current_id,"
                + " ?"
                + " from pg_temp.import_count where not coalesce(same, false) order by line", at, by, reason);
    }
}
