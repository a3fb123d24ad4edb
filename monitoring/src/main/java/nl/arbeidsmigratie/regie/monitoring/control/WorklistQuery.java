package nl.arbeidsmigratie.regie.monitoring.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import nl.arbeidsmigratie.regie.monitoring.api.WorklistItem;
import nl.arbeidsmigratie.regie.monitoring.api.WorklistKind;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The worklist in one set-based query over the latest versions of all locations and signals in scope, as known at
 * a moment: one round trip for a municipality or the whole province, however many locations there are.
 */
@Dependent
public class WorklistQuery {

    /**
     * The latest version of every location and signal in scope, each location with the reference date and persons of
     * its latest valid report; {@code %1$s} is where the locations come from ({@link #HISTORY} or {@link #CURRENT}),
     * {@code %2$s} the signals' municipality filter or nothing.
     */
    private static final String SQL = """
            with latest as (%1$s
            ), live as (
                select l.*, coalesce(greatest(l.report_date,
                           (select max(i.inspected_on) from monitoring.inspection i
                            where i.location_id = l.location_id and i.recorded_at <= ?5
                              and not exists (select 1 from monitoring.inspection c
                                              where c.corrects_id = i.id and c.recorded_at <= ?5))),
                         cast(l.registered_at at time zone ?6 as date)) as last_seen
                from latest l
                where not l.marked_error and l.status in ('ACTIVE', 'PLANNED')
            ), signals as (
                select distinct on (s.signal_id) s.*, c.municipality_code
                from monitoring.signal_version s
                join monitoring.signal_case c on c.id = s.signal_id
                where s.recorded_at <= ?5 %2$s
                order by s.signal_id, s.version_no desc
            )
            select 'STALE_LOCATION', municipality_code, location_id, name, last_seen
              from live where last_seen < ?2
            union all
            select 'FORGOTTEN_PLACE', municipality_code, location_id, name, last_seen
              from live where housing_form in ('HOLIDAY_PARK', 'INFORMAL')
            union all
            select 'SIGNAL_WITHOUT_LOCATION', municipality_code, cast(null as bigint),
                   concat_ws(', ', nullif(concat_ws(' ', street, house_number), ''),
                             nullif(concat_ws(' ', postcode, place), '')), signalled_on
              from signals where location_id is null and status <> 'CLOSED'
            union all
            select 'PERMIT_EXPIRING', l.municipality_code, l.location_id, l.name || ' · ' || p.kind, max(p.valid_to)
              from live l join monitoring.location_permit p on p.version_id = l.id
              group by l.municipality_code, l.location_id, l.name, p.kind
              having bool_and(p.valid_to is not null) and max(p.valid_to) <= ?3
            union all
            select 'QUALITY_MARK_EXPIRING', municipality_code, location_id, name || ' · ' || quality_mark, mark_valid_until
              from live where quality_mark <> 'NONE' and mark_valid_until <= ?3
            union all
            select 'OVERCROWDED', l.municipality_code, l.location_id,
                   l.name || ' · ' || l.persons || ' / ' || l.beds, l.report_date
              from live l
              where l.status = 'ACTIVE' and l.beds is not null and l.persons > l.beds
            union all
            select 'FOLLOW_UP_PASSED', l.municipality_code, l.location_id, l.name, i.follow_up_on
              from monitoring.inspection i join latest l on l.location_id = i.location_id
              where not l.marked_error and i.follow_up_on < ?4 and i.recorded_at <= ?5
                and not exists (select 1 from monitoring.inspection c
                                where c.corrects_id = i.id and c.recorded_at <= ?5)
                and not exists (select 1 from monitoring.inspection n
                                where n.location_id = i.location_id and n.inspected_on > i.inspected_on
                                  and n.recorded_at <= ?5)
            """;

    /** Locations as known at a moment, from the history; {@code %s} is the municipality filter or nothing. */
    private static final String HISTORY = """
                select d.*, o.reference_date as report_date, o.persons
                from (
                    select distinct on (v.location_id) v.id, v.location_id, v.name, v.housing_form, v.status,
                           v.marked_error, v.quality_mark, v.mark_valid_until, v.beds, h.municipality_code,
                           h.registered_at
                    from monitoring.location_version v
                    join monitoring.housing_location h on h.id = v.location_id
                    where v.recorded_at <= ?5 %s
                    order by v.location_id, v.version_no desc) d
                left join lateral (
                    select r.persons, r.reference_date from monitoring.occupancy_report r
                    where r.location_id = d.location_id and not r.marked_error and r.recorded_at <= ?5
                      and not exists (select 1 from monitoring.occupancy_report s
                                      where s.supersedes_id = r.id and s.recorded_at <= ?5)
                    order by r.reference_date desc, r.recorded_at desc limit 1) o
                    on not d.marked_error and d.status in ('ACTIVE', 'PLANNED')""";

    /**
     * Locations as known now, from the current state the writes keep (V8): its latest valid report is the one the
     * history gives at this instant, without reading the history. {@code %s} is the municipality filter or nothing.
     */
    private static final String CURRENT = """
                select v.id, v.location_id, v.name, v.housing_form, v.status, v.marked_error, v.quality_mark,
                       v.mark_valid_until, v.beds, c.municipality_code, c.registered_at, c.report_date, c.persons
                from monitoring.current_location c
                join monitoring.location_version v on v.id = c.version_id
                where true %s""";

    @PersistenceContext(unitName = "monitoring")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "monitoring.stale-after", defaultValue = "P180D")
    String staleAfter;

    @Inject
    @ConfigProperty(name = "monitoring.expiry-warning", defaultValue = "P90D")
    String expiryWarning;

    /**
     * The items of one municipality, or of every municipality when {@code municipalityCode} is null, as known now,
     * {@code now} being the clock's instant, the day of which counts as today; soonest first.
     */
    public List<WorklistItem> items(String municipalityCode, Instant now) {
        return items(municipalityCode, now, Period.parse(expiryWarning), true);
    }

    /** {@link #items(String, Instant)} as known at {@code asOf}, from the current state when that is now ({@code now}). */
    public List<WorklistItem> items(String municipalityCode, Instant asOf, boolean now) {
        return items(municipalityCode, asOf, Period.parse(expiryWarning), now);
    }

    /**
     * {@link #items(String, Instant)} with permits and quality marks lapsing within {@code expiryWarning}; as known
     * now ({@code now}, asOf being the clock's instant) from the current state.
     */
    public List<WorklistItem> items(String municipalityCode, Instant asOf, Period expiryWarning, boolean now) {
        LocalDate today = LocalDate.ofInstant(asOf, DutchTime.ZONE);
        Period stale = Period.parse(staleAfter);
        String locations = municipalityCode == null ? "" : now ? "and c.municipality_code = ?1"
                : "and h.municipality_code = ?1";
        String sql = SQL.formatted((now ? CURRENT : HISTORY).formatted(locations),
                municipalityCode == null ? "" : "and c.municipality_code = ?1");
        var query = em.createNativeQuery(sql)
                .setParameter(2, Date.valueOf(today.minus(stale)))
                .setParameter(3, Date.valueOf(today.plus(expiryWarning)))
                .setParameter(4, Date.valueOf(today))
                .setParameter(5, Timestamp.from(asOf))
                .setParameter(6, DutchTime.ZONE.getId());
        if (municipalityCode != null) {
            query.setParameter(1, municipalityCode);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> {
            WorklistKind kind = WorklistKind.valueOf((String) row[0]);
            LocalDate date = date(row[4]);
            // a stale location is due one stale period after it was last seen
            return new WorklistItem(kind, ((String) row[1]).strip(), row[2] == null ? null : ((Number) row[2]).longValue(),
                    (String) row[3], kind == WorklistKind.STALE_LOCATION ? date.plus(stale) : date);
        }).sorted(Comparator.comparing(WorklistItem::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(WorklistItem::kind).thenComparing(WorklistItem::label, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
