package nl.arbeidsmigratie.regie.monitoring.control;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.arbeidsmigratie.regie.monitoring.api.Facilities;
import nl.arbeidsmigratie.regie.monitoring.api.HousingForm;
import nl.arbeidsmigratie.regie.monitoring.api.NormCheck;
import nl.arbeidsmigratie.regie.monitoring.api.NormRuleSetView;
import nl.arbeidsmigratie.regie.monitoring.api.NormRules;
import nl.arbeidsmigratie.regie.monitoring.api.QualityMark;
import nl.arbeidsmigratie.regie.monitoring.api.StayFocus;

/**
 * The figures behind the regional picture, read set-based in ONE native statement over the monitoring tables:
 * per municipality the latest LIVING_IN estimate on or before the date, and per location active on the date its
 * beds, facilities, latest occupancy and the rule set valid on the date, all as known at a moment. The norm check
 * itself stays in {@link NormChecker}, so the dashboard and the single-location check cannot disagree.
 * Plain JDBC on purpose: the benchmark runs this very code against a database of national size.
 */
public final class RegionalFigures {

    /** Latest version of each location of the area as known at asOf; parameters: codes, asOf. */
    static final String LIVE_LOCATIONS = """
            live_version as (
                select distinct on (v.location_id) v.*, l.municipality_code, l.registered_at
                from monitoring.housing_location l
                join monitoring.location_version v on v.location_id = l.id
                where l.municipality_code in (select unnest(?::char(6)[])) and v.recorded_at <= ?
                order by v.location_id, v.version_no desc)""";

    /**
     * Each location's latest version as known now, from the current state the writes keep (V8): the same columns as
     * {@link #LIVE_LOCATIONS}, one row per location, found through the index on the municipality. Parameters: codes.
     */
    private static final String CURRENT_LOCATIONS = """
            live_version as (
                select c.* from monitoring.current_location c where c.municipality_code = any (?::char(6)[]))""";

    /**
     * Whether a live version was housing people on day {@code d}: open by then and not closed yet. A location without
     * an opening date counts from the day it was registered: beds nobody knew of yet were not there on that day, so
     * the regional picture and "realised on" agree. Registered on or before the day is registered before the next
     * day began in Amsterdam: one instant per day, not a conversion per location.
     */
    static String activeOn(String v, String d) {
        return "not " + v + ".marked_error and (" + v + ".status = 'ACTIVE' or (" + v + ".status = 'CLOSED' and "
                + v + ".closed_on is not null)) and coalesce(" + v + ".opened_on <= " + d + ", " + v
                + ".registered_at < ((" + d + " + 1)::timestamp at time zone 'Europe/Amsterdam'))"
                + " and (" + v + ".closed_on is null or " + v + ".closed_on > " + d + ")";
    }

    /**
     * Beds of the live versions active on a day, by housing form and stay focus. Parameters: codes, asOf, date.
     */
    public static final String BEDS_BY_FORM_AND_STAY = "with " + LIVE_LOCATIONS + "\n"
            + "select a.housing_form, a.stay_focus, sum(coalesce(a.beds, 0)) from live_version a, "
            + "(select ?::date as day) p where " + activeOn("a", "p.day") + " group by a.housing_form, a.stay_focus";

    /**
     * The mark whose norms apply to location {@code a}, taken from {@link QualityMark#normsToApply()}: an expression,
     * not a join, as the rules are then looked up by one hash per location.
     */
    private static final String NORMS_OF_MARK = Arrays.stream(QualityMark.values())
            .map(m -> " when '" + m.name() + "' then '" + m.normsToApply().name() + "'")
            .collect(Collectors.joining("", "case a.quality_mark", " end"));

    /**
     * The persons of the latest valid occupancy report of location {@code a} on or before day {@code day} as known at
     * a moment. Parameters: asOf, asOf.
     */
    private static String latestPersons(String day) {
        return """
                select r.persons
                from monitoring.occupancy_report r
                where r.location_id = a.location_id and r.reference_date <=\s""" + day + """
                 and r.recorded_at <= ? and not r.marked_error
                  and not exists (select 1 from monitoring.occupancy_report s
                                  where s.supersedes_id = r.id and s.recorded_at <= ?)
                order by r.reference_date desc, r.recorded_at desc
                limit 1""";
    }

    /**
     * The persons of a location of the current state (V8) on the day: its latest valid report's, unless that lies
     * after the day; only then the history is asked for the one before, in a subquery that runs for that row alone.
     */
    private static final String NOW_PERSONS = "case when a.report_date is null then null when a.report_date <= p.day"
            + " then a.persons else (" + latestPersons("p.day") + ") end";
    /** As known at any moment: the history, for every location. Parameters: date, asOf, asOf. */
    private static final String HISTORY_DAY = "(select ?::date as day) p\nleft join lateral ("
            + latestPersons("p.day") + ") o on true\n";

    /**
     * Whether {@code persons} in location {@code a} violate a rule of rule set {@code n}: the database's
     * {@code monitoring.violates_norm} (V15), the rules of {@link NormChecker#findings} in SQL, null where a fact the
     * location lacks leaves a rule undecided and none is violated ({@link NormCheck#meetsEveryRule}). The picture as
     * known at a past moment still judges in Java, so every test comparing both pictures also compares both checks.
     */
    private static String violates(String persons) {
        return "monitoring.violates_norm(a.housing_form, a.beds, a.floor_area, a.bedroom_area, a.bedrooms, a.toilets,"
                + " a.showers, " + persons + ", n.floor_area_lodging, n.floor_area_dwelling, n.bedroom_area_per_person,"
                + " n.max_persons_per_bedroom, n.persons_per_toilet, n.persons_per_shower)";
    }

    /**
     * Whether location {@code a} with {@code persons} meets every norm of rule set {@code n}: the verdict the writes
     * stored (V10) when it was judged by that rule set on the report of the day, otherwise judged here.
     */
    private static final String MEETS_NORM = "case when a.verdict_rules_id = n.id and a.report_date <= p.day"
            + " then a.meets_norm else (" + violates("o.persons") + ") is false end";

    /** The rule set of each mark valid on the date as known at a moment. Parameters: date, asOf. */
    private static final String RULES = """
            rules as (
                select distinct on (n.quality_mark) n.*
                from monitoring.norm_rule_set n
                where n.valid_from <= ? and n.recorded_at <= ?
                order by n.quality_mark, n.valid_from desc, n.recorded_at desc, n.id desc)""";

    /**
     * The shared head of both pictures: live versions, the rule set of each mark valid on the date, and each
     * municipality's latest estimate, looked up per municipality through its index (a pass over every count of the
     * country cost more than the rest of a province's picture). Parameters: those of {@code liveLocations}; date, asOf (rules); codes, date,
     * asOf, asOf (counts).
     */
    private static String head(String liveLocations) {
        return "with " + liveLocations + ",\n" + RULES + """
            ,
            latest_count as (
                select u.municipality_code, c.reference_date, c.estimate_min, c.estimate_max
                from (select distinct unnest(?::char(6)[]) as municipality_code) u
                cross join lateral (
                    select c.reference_date, c.estimate_min, c.estimate_max
                    from monitoring.municipal_count c
                    where c.municipality_code = u.municipality_code and c.definition = 'LIVING_IN'
                      and c.reference_date <= ? and c.recorded_at <= ? and not c.marked_error
                      and (c.estimate_min is not null or c.estimate_max is not null)
                      and not exists (select 1 from monitoring.municipal_count s
                                      where s.supersedes_id = c.id and s.recorded_at <= ?)
                    order by c.reference_date desc, c.recorded_at desc
                    limit 1) c)
            """;
    }

    /** The locations' rule sets by the mark they hold, and only those active on the day. */
    private static final String RULES_AND_ACTIVE = "left join rules n on n.quality_mark = " + NORMS_OF_MARK + "\n"
            + "where " + activeOn("a", "p.day");

    /**
     * The picture as known at any moment, from the history alone: one row per location, judged in Java. Parameters:
     * codes, asOf (live versions); date, asOf (rules); codes, date, asOf, asOf (counts); date, asOf, asOf.
     */
    public static final String SQL = head(LIVE_LOCATIONS) + """
            select 'C' as kind, trim(municipality_code) as code, estimate_min, estimate_max, reference_date,
                   null::integer as beds, null::integer as persons, null::text as form,
                   null::numeric as floor_area, null::numeric as bedroom_area, null::integer as bedrooms,
                   null::integer as toilets, null::integer as showers, null::bigint as rules_id, null::text as mark,
                   null::date as valid_from, null::numeric as fl, null::numeric as fd, null::numeric as bpp,
                   null::integer as mpb, null::integer as ppt, null::integer as pps
            from latest_count
            union all
            select 'L', trim(a.municipality_code), null, null, null,
                   a.beds, o.persons, a.housing_form,
                   a.floor_area, a.bedroom_area, a.bedrooms, a.toilets, a.showers, n.id, n.quality_mark,
                   n.valid_from, n.floor_area_lodging, n.floor_area_dwelling, n.bedroom_area_per_person,
                   n.max_persons_per_bedroom, n.persons_per_toilet, n.persons_per_shower
            from live_version a
            cross join\s""" + HISTORY_DAY + RULES_AND_ACTIVE;

    /**
     * Per municipality of {@code live_version} its locations active on the day: their count, beds, persons, beds
     * meeting the norm and how many have a report on or before the day, each location judged by the verdict the writes stored ({@link #MEETS_NORM}). The locations
     * become narrow rows first ({@code offset 0} keeps them a subquery), grouped by the code's bytes (collation "C"):
     * sorting 50,000 wide rows by the database's language rules cost more than judging them. Parameters: date, asOf,
     * asOf.
     */
    private static final String LOCATION_SUMS = """
            select x.code, count(*) as locations, sum(x.beds) as beds, sum(x.persons) as persons,
                   sum(x.beds_meeting_norm) as beds_meeting_norm, count(x.reported) as reported
            from (
                select a.municipality_code collate "C" as code, coalesce(a.beds, 0) as beds,
                       coalesce(o.persons, 0) as persons, o.persons as reported,
                       case when o.persons is not null and n.id is not null and\s""" + MEETS_NORM + """
                        then coalesce(a.beds, 0) else 0 end as beds_meeting_norm
                from live_version a
                cross join (select ?::date as day) p
                cross join lateral (select\s""" + NOW_PERSONS + " as persons) o\n" + RULES_AND_ACTIVE + """

                offset 0) x
            group by x.code""";

    /**
     * The totals of the municipalities of the area summed for the day (V11) with no change noted since: those are
     * read as they are, every other municipality's locations are summed from the current state (V8), one row per
     * location. The codes are one array compared per row, not a set joined: a province's locations are then read
     * through the index, not the whole country's. Parameters: codes, date, codes.
     */
    private static final String KEPT_AND_LIVE = """
            kept as (
                select t.* from monitoring.municipality_totals t
                where t.municipality_code = any (?::char(6)[]) and t.day = ?
                  and not exists (select 1 from monitoring.municipality_change c
                                  where c.municipality_code = t.municipality_code)),
            live_version as (
                select c.* from monitoring.current_location c
                where c.municipality_code = any (array(select unnest(?::char(6)[])
                                                       except select municipality_code from kept)))""";

    /**
     * The picture as known now, summed in the database: per municipality its estimate ('C') and its locations'
     * count, beds, persons and beds meeting the norm ('M'), from its kept totals or else from the current state
     * ({@link #KEPT_AND_LIVE}), so the rows are as many as the municipalities, whatever the number of locations.
     * Parameters: those of {@link #KEPT_AND_LIVE}, the rules and counts of {@link #head}, then {@link #LOCATION_SUMS}'.
     */
    public static final String NOW_SQL = head(KEPT_AND_LIVE) + """
            select 'C' as kind, trim(municipality_code) as code, estimate_min, estimate_max, reference_date,
                   null::bigint as locations, null::bigint as beds, null::bigint as persons,
                   null::bigint as beds_meeting_norm, null::bigint as reported
            from latest_count
            union all
            select 'M', trim(municipality_code), null, null, null, locations, beds, persons, beds_meeting_norm, reported
            from kept
            union all
            select 'M', trim(s.code), null, null, null, s.locations, s.beds, s.persons, s.beds_meeting_norm, s.reported
            from (""" + LOCATION_SUMS + ") s";

    /**
     * Sums again, for the day, the totals of every municipality a write noted as changed and of every one summed for
     * another day, taking the notes it read, all in one statement and so in one snapshot: a write committed after it
     * keeps its note for the next run. Parameters: date; date, asOf (rules); date, asOf, asOf (sums); date.
     */
    static final String SUM_CHANGED = """
            with taken as (
                delete from monitoring.municipality_change returning municipality_code),
            changed as (
                select municipality_code from taken
                union
                select municipality_code from monitoring.municipality_totals where day <> ?),
            live_version as (
                select c.* from monitoring.current_location c
                where c.municipality_code in (select municipality_code from changed)),
            """ + RULES + ",\nsums as (" + LOCATION_SUMS + """
            )
            insert into monitoring.municipality_totals as t (municipality_code, day, locations, beds, persons,
                                                             beds_meeting_norm, reported)
            select k.municipality_code, ?, coalesce(s.locations, 0), coalesce(s.beds, 0), coalesce(s.persons, 0),
                   coalesce(s.beds_meeting_norm, 0), coalesce(s.reported, 0)
            from changed k left join sums s on s.code = k.municipality_code collate "C"
            on conflict (municipality_code) do update set day = excluded.day, locations = excluded.locations,
                beds = excluded.beds, persons = excluded.persons, beds_meeting_norm = excluded.beds_meeting_norm,
                reported = excluded.reported""";

    /** One summing at a time across the cluster: a second one would take notes the first one's snapshot lacks. */
    private static final String ONE_AT_A_TIME = "select pg_try_advisory_xact_lock(hashtext('monitoring.municipality_totals'))";

    /**
     * What one municipality adds up to; {@code reported} counts its locations with a report on or before the day,
     * whose persons {@code occupancy} sums.
     */
    public record Tally(Integer estimateMin, Integer estimateMax, LocalDate estimateDate, int locations, int beds,
                        int occupancy, int bedsMeetingNorm, int reported) {

        static final Tally NONE = new Tally(null, null, null, 0, 0, 0, 0, 0);

        /** An estimate of at least {@code min} and at most {@code max}; either may be open (null), not both. */
        Tally withEstimate(Integer min, Integer max, LocalDate date) {
            return new Tally(min, max, date, locations, beds, occupancy, bedsMeetingNorm, reported);
        }

        Tally withUnreportedLocation(int locationBeds) {
            return withLocations(1, locationBeds, 0, 0, 0);
        }

        Tally withLocation(int locationBeds, int persons, boolean meetsNorm) {
            return withLocations(1, locationBeds, persons, meetsNorm ? locationBeds : 0, 1);
        }

        Tally withLocations(int count, int moreBeds, int persons, int moreBedsMeetingNorm, int moreReported) {
            return new Tally(estimateMin, estimateMax, estimateDate, locations + count, beds + moreBeds,
                    occupancy + persons, bedsMeetingNorm + moreBedsMeetingNorm, reported + moreReported);
        }

        /**
         * This municipality's tally with that of one it took over on {@code since} (null: the day is not known): its
         * locations lie in this one now. Its estimate counts too while this one's own dates from before the merger
         * (or there is none); one made since counts the people of both.
         */
        public Tally absorbing(Tally merged, LocalDate since) {
            Tally total = withLocations(merged.locations, merged.beds, merged.occupancy, merged.bedsMeetingNorm,
                    merged.reported);
            if (merged.estimateDate == null
                    || estimateDate != null && (since == null || !estimateDate.isBefore(since))) {
                return total;
            }
            if (estimateDate == null) {
                return total.withEstimate(merged.estimateMin, merged.estimateMax, merged.estimateDate);
            }
            return total.withEstimate(sum(estimateMin, merged.estimateMin), sum(estimateMax, merged.estimateMax),
                    estimateDate.isBefore(merged.estimateDate) ? estimateDate : merged.estimateDate);
        }

        /** An open bound (null) of either leaves the sum open. */
        private static Integer sum(Integer a, Integer b) {
            return a == null || b == null ? null : a + b;
        }
    }

    private RegionalFigures() {
    }

    /** The tally of each of {@code codes} on {@code date} as known at {@code asOf}; absent codes had nothing. */
    public static Map<String, Tally> tally(Connection connection, Collection<String> codes, LocalDate date,
                                           Instant asOf) throws SQLException {
        return tally(connection, codes, date, asOf, false);
    }

    /**
     * The same tally as known now ({@code now} is the clock's instant), read from the current state: the figures
     * {@link #tally} gives for that instant, without walking the history.
     */
    public static Map<String, Tally> tallyNow(Connection connection, Collection<String> codes, LocalDate date,
                                              Instant now) throws SQLException {
        return tally(connection, codes, date, now, true);
    }

    private static Map<String, Tally> tally(Connection connection, Collection<String> codes, LocalDate date,
                                            Instant asOf, boolean now) throws SQLException {
        Map<String, Tally> tallies = new HashMap<>();
        Map<Long, NormRuleSetView> ruleSets = new HashMap<>();
        try (PreparedStatement s = statement(connection, "", codes, date, asOf, now)) {
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String code = r.getString("code");
                    Tally tally = tallies.getOrDefault(code, Tally.NONE);
                    String kind = r.getString("kind");
                    tallies.put(code, "C".equals(kind)
                            ? tally.withEstimate(r.getObject("estimate_min", Integer.class),
                            r.getObject("estimate_max", Integer.class),
                            r.getDate("reference_date").toLocalDate())
                            : "M".equals(kind)
                            ? tally.withLocations(r.getInt("locations"), r.getInt("beds"), r.getInt("persons"),
                            r.getInt("beds_meeting_norm"), r.getInt("reported"))
                            : location(tally, r, date, asOf, ruleSets));
                }
            }
        }
        return tallies;
    }

    /**
     * {@link #NOW_SQL} ({@code now}) or {@link #SQL} with its parameters bound, behind {@code prefix} (the benchmark
     * prefixes "explain analyze").
     */
    public static PreparedStatement statement(Connection connection, String prefix, Collection<String> codes,
                                              LocalDate date, Instant asOf, boolean now) throws SQLException {
        Timestamp known = Timestamp.from(asOf);
        Date day = Date.valueOf(date);
        PreparedStatement s = connection.prepareStatement(prefix + (now ? NOW_SQL : SQL));
        Array area = connection.createArrayOf("text", codes.toArray());
        Object[] parameters = now
                ? new Object[] {area, day, area, day, known, area, day, known, known, day, known, known}
                : new Object[] {area, known, day, known, area, day, known, known, day, known, known};
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
        return s;
    }

    /**
     * Sums again the totals of the municipalities noted as changed, and of those summed for another day, for
     * {@code date} as known at {@code now}, in the caller's transaction; returns how many, or -1 when another
     * summing was under way (it leaves the notes it did not see for the next).
     */
    public static int sumChanged(Connection connection, LocalDate date, Instant now) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(ONE_AT_A_TIME); ResultSet r = lock.executeQuery()) {
            if (!r.next() || !r.getBoolean(1)) {
                return -1;
            }
        }
        Timestamp known = Timestamp.from(now);
        Date day = Date.valueOf(date);
        try (PreparedStatement s = connection.prepareStatement(SUM_CHANGED)) {
            Object[] parameters = {day, day, known, day, known, known, day};
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }

    private static Tally location(Tally tally, ResultSet r, LocalDate date, Instant asOf,
                                  Map<Long, NormRuleSetView> ruleSets) throws SQLException {
        int beds = r.getInt("beds");
        Integer persons = (Integer) r.getObject("persons");
        if (persons == null) {
            return tally.withUnreportedLocation(beds);
        }
        Long rulesId = (Long) r.getObject("rules_id");
        NormRuleSetView rules = rulesId == null ? null : ruleSets.get(rulesId);
        if (rulesId != null && rules == null) {
            // every row repeats its rule set; it is read once per statement
            rules = new NormRuleSetView(rulesId, new NormRules(QualityMark.valueOf(r.getString("mark")),
                    r.getDate("valid_from").toLocalDate(), r.getBigDecimal("fl"), r.getBigDecimal("fd"),
                    r.getBigDecimal("bpp"), (Integer) r.getObject("mpb"), (Integer) r.getObject("ppt"),
                    (Integer) r.getObject("pps"), null), asOf, null);
            ruleSets.put(rulesId, rules);
        }
        if (rules == null) {
            return tally.withLocation(beds, persons, false);
        }
        HousingForm form = HousingForm.valueOf(r.getString("form"));
        Facilities facilities = new Facilities((Integer) r.getObject("beds"), r.getBigDecimal("floor_area"),
                r.getBigDecimal("bedroom_area"), (Integer) r.getObject("bedrooms"), (Integer) r.getObject("toilets"),
                (Integer) r.getObject("showers"));
        // a report is known (persons), so the check's outcome does not depend on its date
        NormCheck check = new NormCheck(0, date, rules, date, persons,
                NormChecker.findings(form, facilities, persons, rules.rules()));
        return tally.withLocation(beds, persons, check.meetsEveryRule());
    }

    /**
     * Beds in locations active on each of {@code days}, per day and municipality, as known at {@code asOf}: from the
     * current state when that is now ({@code now}), else from the history; only those meant for {@code stayFocus}
     * when one is named.
     */
    public static Map<LocalDate, Map<String, Integer>> bedsOn(Connection connection, Collection<String> codes,
                                                             List<LocalDate> days, StayFocus stayFocus, Instant asOf,
                                                             boolean now)
            throws SQLException {
        String sql = "with " + (now ? CURRENT_LOCATIONS : LIVE_LOCATIONS) + "\n"
                + "select d.day, trim(a.municipality_code) as code, sum(coalesce(a.beds, 0)) as beds\n"
                + "from unnest(?::date[]) as d (day) join live_version a on " + activeOn("a", "d.day")
                + (stayFocus == null ? "" : " and a.stay_focus = '" + stayFocus.name() + "'") + "\n"
                + "group by d.day, a.municipality_code";
        Map<LocalDate, Map<String, Integer>> beds = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            int i = 1;
            s.setArray(i++, connection.createArrayOf("text", codes.toArray()));
            if (!now) {
                s.setTimestamp(i++, Timestamp.from(asOf));
            }
            s.setArray(i, connection.createArrayOf("date", days.stream().map(Date::valueOf).toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    beds.computeIfAbsent(r.getDate("day").toLocalDate(), d -> new HashMap<>())
                            .put(r.getString("code"), r.getInt("beds"));
                }
            }
        }
        return beds;
    }
}
