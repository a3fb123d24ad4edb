package nl.arbeidsmigratie.regie.monitoring.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.arbeidsmigratie.regie.monitoring.api.ImportKind;
import nl.arbeidsmigratie.regie.monitoring.api.ImportRecord;
import nl.arbeidsmigratie.regie.monitoring.api.MonitoringChange;

/** The few set-based reads behind the home pages: one statement each, whatever the amount of history. */
@Dependent
public class WaitingWorkQueries {

    /**
     * Every recorded version of monitoring's records, newest first; labels are what a person recognises (a signal
     * about a location by the location's name, another by its address).
     */
    private static final String CHANGES = """
            select * from (
                select 'COUNT' as kind, c.municipality_code, c.id as record_id, c.source as label,
                       c.reference_date as about,
                       case when c.marked_error then 'MARKED_ERROR' when c.supersedes_id is not null then 'CORRECTED'
                            else 'RECORDED' end as action, c.recorded_at, c.recorded_by, c.reason
                  from monitoring.municipal_count c
                union all
                select 'LOCATION', h.municipality_code, v.location_id, v.name, cast(null as date),
                       case when v.marked_error then 'MARKED_ERROR' when v.version_no > 1 then 'CORRECTED'
                            else 'RECORDED' end, v.recorded_at, v.recorded_by, v.reason
                  from monitoring.location_version v join monitoring.housing_location h on h.id = v.location_id
                union all
                select 'OCCUPANCY', h.municipality_code, r.location_id,
                       (select v.name from monitoring.location_version v where v.location_id = r.location_id
                         order by v.version_no desc limit 1), r.reference_date,
                       case when r.marked_error then 'MARKED_ERROR' when r.supersedes_id is not null then 'CORRECTED'
                            else 'RECORDED' end, r.recorded_at, r.recorded_by, r.reason
                  from monitoring.occupancy_report r join monitoring.housing_location h on h.id = r.location_id
                union all
                select 'INSPECTION', i.municipality_code, i.location_id,
                       (select v.name from monitoring.location_version v where v.location_id = i.location_id
                         order by v.version_no desc limit 1), i.inspected_on,
                       case when i.corrects_id is not null then 'CORRECTED' else 'RECORDED' end, i.recorded_at,
                       i.recorded_by, i.reason
                  from monitoring.inspection i
                union all
                select 'SIGNAL', c.municipality_code, s.signal_id,
                       coalesce((select v.name from monitoring.location_version v where v.location_id = s.location_id
                                  order by v.version_no desc limit 1),
                                concat_ws(', ', nullif(concat_ws(' ', s.street, s.house_number), ''), s.postcode,
                                          s.place)),
                       s.signalled_on, case when s.version_no > 1 then 'CORRECTED' else 'RECORDED' end,
                       s.recorded_at, s.recorded_by, s.reason
                  from monitoring.signal_version s join monitoring.signal_case c on c.id = s.signal_id
            ) changes
            order by recorded_at desc
            limit ?1
            """;

    @PersistenceContext(unitName = "monitoring")
    EntityManager em;

    /** The latest count in force: neither corrected since nor marked as an error. */
    private static final String IN_FORCE = """
            not c.marked_error
              and not exists (select 1 from monitoring.municipal_count n where n.supersedes_id = c.id)
            """;

    /** The reference date of the latest count in force, by code. */
    public Map<String, LocalDate> lastCounts() {
        return latest(IN_FORCE);
    }

    /**
     * The reference date of the latest estimate in force up to {@code day}, by code: the one the regional picture
     * takes (people living in the municipality, either end of the range).
     */
    public Map<String, LocalDate> lastEstimates(LocalDate day) {
        return latest(IN_FORCE + " and c.definition = 'LIVING_IN' and c.reference_date <= ?1"
                + " and (c.estimate_min is not null or c.estimate_max is not null)", Date.valueOf(day));
    }

    private Map<String, LocalDate> latest(String condition, Object... parameters) {
        Query query = em.createNativeQuery("select c.municipality_code, max(c.reference_date)"
                + " from monitoring.municipal_count c where " + condition + " group by c.municipality_code");
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<String, LocalDate> last = new HashMap<>();
        rows.forEach(row -> last.put(((String) row[0]).strip(), date(row[1])));
        return last;
    }

    /**
     * The reference date of one municipality's latest count in force, if any: its counts newest first by their
     * index, up to the first in force.
     */
    public Optional<LocalDate> lastCount(String municipalityCode) {
        List<?> last = em.createNativeQuery("select c.reference_date from monitoring.municipal_count c"
                + " where c.municipality_code = ?1 and " + IN_FORCE + " order by c.reference_date desc limit 1")
                .setParameter(1, municipalityCode).getResultList();
        return last.stream().findFirst().map(WaitingWorkQueries::date);
    }

    public List<ImportRecord> recentImports(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select kind, file_name, imported_at, imported_by, data_rows, added, corrected, unchanged
                from monitoring.import_log order by imported_at desc, id desc limit ?1
                """).setParameter(1, limit).getResultList();
        return rows.stream().map(row -> new ImportRecord(ImportKind.valueOf((String) row[0]), (String) row[1],
                instant(row[2]), (String) row[3], ((Number) row[4]).intValue(), ((Number) row[5]).intValue(),
                ((Number) row[6]).intValue(), ((Number) row[7]).intValue())).toList();
    }

    public List<MonitoringChange> latestChanges(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(CHANGES).setParameter(1, limit).getResultList();
        return rows.stream().map(row -> new MonitoringChange(MonitoringChange.Kind.valueOf((String) row[0]),
                ((String) row[1]).strip(), ((Number) row[2]).longValue(), (String) row[3],
                row[4] == null ? null : date(row[4]), MonitoringChange.Action.valueOf((String) row[5]), instant(row[6]),
                (String) row[7], (String) row[8])).toList();
    }

    private static LocalDate date(Object value) {
        return value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return value instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) value;
    }
}
