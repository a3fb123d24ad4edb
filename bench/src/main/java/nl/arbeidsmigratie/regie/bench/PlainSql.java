package nl.arbeidsmigratie.regie.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The dashboard aggregate as one hand-written statement, the way one would type it into psql: the same rules
 * (latest version as known, active on the date, latest occupancy and count as known, the SNF/AKF norm valid on the
 * date) with the norm check written out in SQL (a rule whose facts or limit are missing is not assessed, so it is
 * never a violation: hence the coalesce) and the totals per municipality, per region, per province and for the whole
 * area by grouping sets. It reads the history only, for any moment, "now" included: written apart from the product's
 * statements, it is what both of the product's paths are compared with.
 */
final class PlainSql {

    static final String SQL = """
            with area (code, region, province) as (select * from unnest(?::text[], ?::text[], ?::text[])),
            live as (
                select distinct on (v.location_id) v.*, l.municipality_code, l.registered_at
                from monitoring.housing_location l join monitoring.location_version v on v.location_id = l.id
                where l.municipality_code in (select code from area) and v.recorded_at <= ?
                order by v.location_id, v.version_no desc),
            rules as (
                select distinct on (quality_mark) * from monitoring.norm_rule_set
                where valid_from <= ? and recorded_at <= ?
                order by quality_mark, valid_from desc, recorded_at desc, id desc),
            located as (
                select a.municipality_code as code, coalesce(a.beds, 0) as beds, coalesce(o.persons, 0) as persons,
                       o.persons is not null and n.id is not null and not coalesce(
                           (a.beds is not null and o.persons > a.beds)
                        or (o.persons > 0 and a.floor_area is not null and round(a.floor_area / o.persons, 2) <
                            case when a.housing_form = 'REGULAR_DWELLING' then n.floor_area_dwelling else n.floor_area_lodging end)
                        or (o.persons > 0 and a.bedroom_area is not null and round(a.bedroom_area / o.persons, 2) < n.bedroom_area_per_person)
                        or (a.bedrooms is not null and ((a.bedrooms = 0 and o.persons > 0)
                            or (a.bedrooms > 0 and round(o.persons::numeric / a.bedrooms, 2) > n.max_persons_per_bedroom)))
                        or (a.toilets is not null and ((a.toilets = 0 and o.persons > 0)
                            or (a.toilets > 0 and round(o.persons::numeric / a.toilets, 2) > n.persons_per_toilet)))
                        or (a.showers is not null and ((a.showers = 0 and o.persons > 0)
                            or (a.showers > 0 and round(o.persons::numeric / a.showers, 2) > n.persons_per_shower)))
                       , false) as meets
                from live a
                left join rules n on n.quality_mark = case when a.quality_mark = 'AKF' then 'AKF' else 'SNF' end
                left join lateral (
                    select r.persons from monitoring.occupancy_report r
                    where r.location_id = a.location_id and r.reference_date <= ? and r.recorded_at <= ?
                      and not r.marked_error
                      and not exists (select 1 from monitoring.occupancy_report s
                                      where s.supersedes_id = r.id and s.recorded_at <= ?)
                    order by r.reference_date desc, r.recorded_at desc limit 1) o on true
                where not a.marked_error and (a.status = 'ACTIVE' or (a.status = 'CLOSED' and a.closed_on is not null))
                  and coalesce(a.opened_on, (a.registered_at at time zone 'Europe/Amsterdam')::date) <= ?
                  and (a.closed_on is null or a.closed_on > ?)),
            per_municipality as (
                select code, count(*) as locations, sum(beds) as beds, sum(persons) as persons,
                       sum(case when meets then beds else 0 end) as meeting
                from located group by code),
            counted as (
                select distinct on (c.municipality_code) c.municipality_code as code, c.estimate_min, c.estimate_max
                from monitoring.municipal_count c
                where c.municipality_code in (select code from area) and c.definition = 'LIVING_IN'
                  and c.reference_date <= ? and c.recorded_at <= ? and not c.marked_error
                  and (c.estimate_min is not null or c.estimate_max is not null)
                  and not exists (select 1 from monitoring.municipal_count s
                                  where s.supersedes_id = c.id and s.recorded_at <= ?)
                order by c.municipality_code, c.reference_date desc, c.recorded_at desc)
            select case when grouping(area.code) = 0 then area.code
                        when grouping(area.region) = 0 then 'region ' || area.region
                        when grouping(area.province) = 0 then 'province ' || area.province
                        else '(all)' end as area, sum(k.estimate_min) as estimate_min,
                   case when count(k.code) = count(k.estimate_max) then sum(k.estimate_max) end as estimate_max,
                   coalesce(sum(p.locations), 0) as locations,
                   coalesce(sum(p.beds), 0) as beds, coalesce(sum(p.persons), 0) as occupancy,
                   coalesce(sum(p.meeting), 0) as meeting
            from area left join per_municipality p on p.code = area.code left join counted k on k.code = area.code
            group by grouping sets ((area.code), (area.region), (area.province), ())""";

    private PlainSql() {
    }

    /**
     * Totals per municipality (its code), per region ("region " and its name), per province ("province " and its
     * name) and for all of {@code area} ("(all)"): estimate min, max, locations, beds, occupancy, beds meeting the
     * norm. Municipalities outside a region or province count in "(all)" only.
     */
    static Map<String, long[]> totals(Connection c, List<SyntheticData.Municipality> area, LocalDate date,
                                      Instant asOf) throws SQLException {
        Map<String, long[]> totals = new LinkedHashMap<>();
        Timestamp known = Timestamp.from(asOf);
        Date day = Date.valueOf(date);
        try (PreparedStatement s = c.prepareStatement(SQL)) {
            Object[] parameters = {array(c, area, SyntheticData.Municipality::code),
                    array(c, area, SyntheticData.Municipality::region), array(c, area, SyntheticData.Municipality::province),
                    known, day, known, day, known, known, day, day, day, known, known};
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (r.getString("area") == null) {
                        continue; // the group of municipalities outside any region or province
                    }
                    totals.put(r.getString("area"), new long[] {r.getLong("estimate_min"), r.getLong("estimate_max"),
                            r.getLong("locations"), r.getLong("beds"), r.getLong("occupancy"), r.getLong("meeting")});
                }
            }
        }
        return totals;
    }

    /** One field of every municipality as a text array, an empty field as null. */
    private static Array array(Connection c, List<SyntheticData.Municipality> area,
                               Function<SyntheticData.Municipality, String> field) throws SQLException {
        return c.createArrayOf("text", area.stream().map(field).map(v -> v.isEmpty() ? null : v).toArray());
    }
}
