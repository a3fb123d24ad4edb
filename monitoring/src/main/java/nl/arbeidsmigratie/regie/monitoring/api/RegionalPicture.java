package nl.arbeidsmigratie.regie.monitoring.api;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.arbeidsmigratie.regie.monitoring.control.FairShareFigures;
import nl.arbeidsmigratie.regie.monitoring.control.MonitoringAccess;
import nl.arbeidsmigratie.regie.monitoring.control.RegionalFigures;
import nl.arbeidsmigratie.regie.monitoring.control.SmallNumbers;
import nl.arbeidsmigratie.regie.platform.api.Datasource;
import nl.arbeidsmigratie.regie.platform.api.DutchNames;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityArea;
import nl.arbeidsmigratie.regie.registration.api.MunicipalDivision;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityAreas;
import nl.arbeidsmigratie.regie.registration.api.Role;

/**
 * The regional picture: demand against capacity per municipality, region and province on any reference date, as
 * known on any moment, and the dashboard built on it. Everyone signed in may see it, officers included: it holds
 * aggregates only. Coordinators see every figure; anyone else gets a municipality's occupancy of 1 to 4 persons
 * withheld by the exports' small-number rule ({@link SmallNumbers}), and with it every total containing it
 * ({@link AreaFigures#sum}: the total is withheld, not a second cell, so no figure shown contains a withheld one).
 *
 * <p>Statement budget: a picture is two statements (the areas in registration, one aggregate here) besides the
 * caller's account, which registration reads once per request; a whole dashboard view four (plus the region's
 * agreements with their shares, and the realised places). The bench counts them on the server.
 *
 * <p>Reads only, outside any transaction: a transaction would hold its first connection while registration's areas
 * and the picture's own statement take another, and a crowd of such views could then take the whole pool and wait
 * for each other.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RegionalPicture {

    /** The region a dashboard opens with when the person has none of their own: the 2013 model's. */
    public static final String OPENING_REGION = "Haaglanden";

    @Resource(lookup = Datasource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    MunicipalityAreas areas;

    @Inject
    MonitoringAccess access;

    @Inject
    Clock clock;

    /** The picture of {@code region} on {@code date} as known at {@code asKnownOn} (now when null). */
    public RegionalPictureView picture(String region, LocalDate date, Instant asKnownOn) {
        boolean suppress = suppressesSmallNumbers();
        checked(date);
        MunicipalDivision all = areas.division();
        try (Connection connection = dataSource.getConnection()) {
            return picture(connection, all, region, date, moment(asKnownOn), asKnownOn == null, suppress);
        } catch (SQLException e) {
            throw new IllegalStateException("regional figures could not be read", e);
        }
    }

    /**
     * The picture of the whole country on {@code date} as known at {@code asKnownOn} (now when null): every
     * municipality, every region and province, and the country as a whole; one aggregate statement, as for a region.
     */
    public NationalPictureView national(LocalDate date, Instant asKnownOn) {
        boolean suppress = suppressesSmallNumbers();
        LocalDate day = checked(date);
        MunicipalDivision division = areas.division();
        List<MunicipalityArea> all = division.municipalities();
        Instant asOf = moment(asKnownOn);
        try (Connection connection = dataSource.getConnection()) {
            Map<String, AreaFigures> figures = figures(connection, all, division.merged(), day, asOf,
                    asKnownOn == null, suppress);
            List<AreaFigures> municipalities = all.stream().map(m -> figures.get(m.code()))
                    .sorted(Comparator.comparing(AreaFigures::name, DutchNames.ORDER)).toList();
            return new NationalPictureView(day, asOf, municipalities, totals(all, MunicipalityArea::region, figures),
                    totals(all, MunicipalityArea::province, figures), AreaFigures.sum(null, null, municipalities));
        } catch (SQLException e) {
            throw new IllegalStateException("national figures could not be read", e);
        }
    }

    /**
     * One dashboard view: the picture, the region's agreements as known at the moment, the progress of
     * {@code agreementId} (the latest agreement when null or not one of the region's) and every region with
     * municipalities, to choose from. No region ({@code null}) means the one the dashboard opens with:
     * {@link #OPENING_REGION}, or else the first by name.
     */
    public DashboardView dashboard(String region, Long agreementId, LocalDate date, Instant asKnownOn) {
        boolean suppress = suppressesSmallNumbers();
        MunicipalDivision division = areas.division();
        List<MunicipalityArea> all = division.municipalities();
        List<String> regions = all.stream().map(MunicipalityArea::region).filter(Objects::nonNull).distinct().sorted()
                .toList();
        String shown = region != null ? region
                : regions.contains(OPENING_REGION) ? OPENING_REGION : regions.stream().findFirst().orElse(null);
        Instant asOf = moment(asKnownOn);
        try (Connection connection = dataSource.getConnection()) {
            RegionalPictureView picture = picture(connection, division, shown, checked(date), asOf,
                    asKnownOn == null, suppress);
            List<FairShareView> agreements = FairShareFigures.ofRegion(connection, shown, asOf);
            FairShareView chosen = agreements.stream().filter(a -> agreementId != null && a.agreementId() == agreementId)
                    .findFirst().orElse(agreements.isEmpty() ? null : agreements.get(0));
            FairShareProgress progress = chosen == null ? null : FairShareFigures.progress(connection, chosen,
                    all.stream().filter(m -> shown.equals(m.region()))
                            .collect(Collectors.toMap(MunicipalityArea::code, MunicipalityArea::name)),
                    division.names(), date, asOf,
                    asKnownOn == null);
            return new DashboardView(picture, agreements, progress, regions);
        } catch (SQLException e) {
            throw new IllegalStateException("dashboard figures could not be read", e);
        }
    }

    /** Everyone but a coordinator; refuses anonymous callers. */
    private boolean suppressesSmallNumbers() {
        return access.reader().role() != Role.COORDINATOR;
    }

    private static LocalDate checked(LocalDate date) {
        if (date == null) {
            throw new InvalidInputException("date", "error.picture.date.required", "choose a reference date");
        }
        return date;
    }

    private Instant moment(Instant asKnownOn) {
        return asKnownOn == null ? clock.instant() : asKnownOn;
    }

    /** As known now ({@code now}, asOf being the clock's instant) from the current state, else from the history. */
    private static RegionalPictureView picture(Connection connection, MunicipalDivision division, String region,
                                               LocalDate date, Instant asOf, boolean now, boolean suppress)
            throws SQLException {
        List<MunicipalityArea> all = division.municipalities();
        List<MunicipalityArea> members = all.stream().filter(m -> Objects.equals(m.region(), region)).toList();
        if (region == null || members.isEmpty()) {
            throw new InvalidInputException("region", "error.picture.region.unknown", "no region " + region);
        }
        String province = members.stream().map(MunicipalityArea::province).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())).entrySet().stream()
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        List<MunicipalityArea> inPicture = all.stream()
                .filter(m -> members.contains(m) || (province != null && province.equals(m.province()))).toList();
        Map<String, AreaFigures> figures = figures(connection, inPicture, division.merged(), date, asOf, now, suppress);
        List<AreaFigures> ofRegion = members.stream().map(m -> figures.get(m.code())).toList();
        AreaFigures provinceTotal = province == null ? null : AreaFigures.sum(null, province, inPicture.stream()
                .filter(m -> province.equals(m.province())).map(m -> figures.get(m.code())).toList());
        return new RegionalPictureView(region, province, date, asOf,
                ofRegion.stream().sorted(Comparator.comparing(AreaFigures::name, DutchNames.ORDER)).toList(),
                AreaFigures.sum(null, region, ofRegion), totals(inPicture, MunicipalityArea::region, figures),
                provinceTotal);
    }

    /**
     * Every municipality's figures in one aggregate statement, by code; those of one merged into it by the day
     * counted with it, as its locations are.
     */
    static Map<String, AreaFigures> figures(Connection connection, List<MunicipalityArea> inPicture,
                                                    Map<String, MunicipalDivision.Merger> merged, LocalDate date,
                                                    Instant asOf, boolean now, boolean suppress)
            throws SQLException {
        Set<String> codes = inPicture.stream().map(MunicipalityArea::code).collect(Collectors.toSet());
        Map<String, MunicipalDivision.Merger> into = merged.entrySet().stream()
                .filter(e -> codes.contains(e.getValue().into()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<String> asked = Stream.concat(codes.stream(), into.keySet().stream()).toList();
        Map<String, RegionalFigures.Tally> tallies = new HashMap<>(now
                ? RegionalFigures.tallyNow(connection, asked, date, asOf)
                : RegionalFigures.tally(connection, asked, date, asOf));
        into.forEach((code, merger) -> {
            RegionalFigures.Tally absorbed = tallies.remove(code);
            if (absorbed != null) {
                tallies.merge(merger.into(), absorbed, (own, other) -> own.absorbing(other, merger.since()));
            }
        });
        return inPicture.stream().collect(Collectors.toMap(MunicipalityArea::code,
                m -> municipality(m, tallies.get(m.code()), suppress)));
    }

    /** The totals per region or province ({@code groupOf}), by name; municipalities outside one are left out. */
    private static List<AreaFigures> totals(List<MunicipalityArea> inPicture, Function<MunicipalityArea, String> groupOf,
                                            Map<String, AreaFigures> figures) {
        Map<String, List<AreaFigures>> grouped = new TreeMap<>(inPicture.stream()
                .filter(m -> groupOf.apply(m) != null)
                .collect(Collectors.groupingBy(groupOf,
                        Collectors.mapping(m -> figures.get(m.code()), Collectors.toList()))));
        return grouped.entrySet().stream().map(e -> AreaFigures.sum(null, e.getKey(), e.getValue())).toList();
    }

    /** One municipality's figures from its tally, a small occupancy withheld when {@code suppress}. */
    static AreaFigures municipality(MunicipalityArea m, RegionalFigures.Tally t, boolean suppress) {
        if (t == null) {
            return AreaFigures.of(m.code(), m.name(), 1, 0, null, null, null, 0, 0, 0, 0, 0);
        }
        AreaFigures figures = AreaFigures.of(m.code(), m.name(), 1,
                t.estimateMin() == null && t.estimateMax() == null ? 0 : 1, t.estimateMin(),
                t.estimateMax(), t.estimateDate(), t.locations(), t.beds(), t.occupancy(), t.reported(),
                t.bedsMeetingNorm());
        return suppress && SmallNumbers.small(t.occupancy()) ? figures.withoutOccupancy() : figures;
    }
}
