package nl.arbeidsmigratie.regie.monitoring.api;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.arbeidsmigratie.regie.monitoring.control.MonitoringAccess;
import nl.arbeidsmigratie.regie.monitoring.control.RegionalFigures;
import nl.arbeidsmigratie.regie.platform.api.Datasource;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityArea;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityAreas;

/**
 * The regional picture: demand against capacity per municipality, region and province on any reference date, as
 * known on any moment. Everyone signed in may see it, officers included: it holds aggregates only. One view costs
 * four SQL statements: the caller's account, the areas of the municipalities (with registration's own account
 * check) and one aggregate over the monitoring tables ({@link RegionalFigures}).
 */
@Stateless
public class RegionalPicture {

    @Resource(lookup = Datasource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    MonitoringAccess access;

    @Inject
    MunicipalityAreas areas;

    @Inject
    Clock clock;

    /** The picture of {@code region} on {@code date} as known at {@code asKnownOn} (now when null). */
    public RegionalPictureView picture(String region, LocalDate date, Instant asKnownOn) {
        access.reader();
        if (date == null) {
            throw new InvalidInputException("date", "error.picture.date.required", "choose a reference date");
        }
        Instant asOf = asKnownOn == null ? clock.instant() : asKnownOn;
        List<MunicipalityArea> all = areas.all();
        List<MunicipalityArea> members = all.stream().filter(m -> Objects.equals(m.region(), region)).toList();
        if (region == null || members.isEmpty()) {
            throw new InvalidInputException("region", "error.picture.region.unknown", "no region " + region);
        }
        String province = members.stream().map(MunicipalityArea::province).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())).entrySet().stream()
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        List<MunicipalityArea> inPicture = all.stream()
                .filter(m -> members.contains(m) || (province != null && province.equals(m.province()))).toList();
        Map<String, RegionalFigures.Tally> tallies = tallies(inPicture, date, asOf);
        Map<String, AreaFigures> figures = inPicture.stream().collect(Collectors.toMap(MunicipalityArea::code,
                m -> municipality(m, tallies.getOrDefault(m.code(), null))));
        List<AreaFigures> ofRegion = members.stream().map(m -> figures.get(m.code())).toList();
        Map<String, List<AreaFigures>> byRegion = new TreeMap<>(inPicture.stream()
                .filter(m -> m.region() != null && (province == null || province.equals(m.province())
                        || region.equals(m.region())))
                .collect(Collectors.groupingBy(MunicipalityArea::region,
                        Collectors.mapping(m -> figures.get(m.code()), Collectors.toList()))));
        List<AreaFigures> regions = byRegion.entrySet().stream()
                .map(e -> AreaFigures.sum(null, e.getKey(), e.getValue())).toList();
        AreaFigures provinceTotal = province == null ? null : AreaFigures.sum(null, province, inPicture.stream()
                .filter(m -> province.equals(m.province())).map(m -> figures.get(m.code())).toList());
        return new RegionalPictureView(region, province, date, asOf,
                ofRegion.stream().sorted(Comparator.comparing(AreaFigures::name)).toList(),
                AreaFigures.sum(null, region, ofRegion), regions, provinceTotal);
    }

    private Map<String, RegionalFigures.Tally> tallies(List<MunicipalityArea> municipalities, LocalDate date,
                                                       Instant asOf) {
        try (Connection connection = dataSource.getConnection()) {
            return RegionalFigures.tally(connection, municipalities.stream().map(MunicipalityArea::code).toList(),
                    date, asOf);
        } catch (SQLException e) {
            throw new IllegalStateException("regional figures could not be read", e);
        }
    }

    private static AreaFigures municipality(MunicipalityArea m, RegionalFigures.Tally t) {
        if (t == null) {
            return AreaFigures.of(m.code(), m.name(), 1, 0, null, null, null, 0, 0, 0, 0);
        }
        return AreaFigures.of(m.code(), m.name(), 1, t.estimateMin() == null ? 0 : 1, t.estimateMin(),
                t.estimateMax(), t.estimateDate(), t.locations(), t.beds(), t.occupancy(), t.bedsMeetingNorm());
    }
}
