package nl.arbeidsmigratie.regie.monitoring.api;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.arbeidsmigratie.regie.monitoring.control.MonitoringAccess;
import nl.arbeidsmigratie.regie.monitoring.control.RegionalFigures;
import nl.arbeidsmigratie.regie.platform.api.Datasource;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityArea;
import nl.arbeidsmigratie.regie.registration.api.MunicipalDivision;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityAreas;
import nl.arbeidsmigratie.regie.registration.api.Role;

/**
 * Aggregates of one municipality on a reference date as known at a moment, whatever region it belongs to (or
 * none): what a strategy document freezes into its text. Aggregates only; the small-number rule of the regional
 * picture applies to its occupancy.
 */
@Stateless
public class MunicipalFigures {

    @Resource(lookup = Datasource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    MunicipalityAreas areas;

    @Inject
    MonitoringAccess access;


    /**
     * The municipality's line of the regional picture, also for a municipality outside any region: with the figures
     * of those merged into it, as the picture counts them.
     */
    public AreaFigures area(@NotNull String municipalityCode, @NotNull LocalDate date, @NotNull Instant asKnownOn) {
        boolean suppress = access.reader().role() != Role.COORDINATOR;
        MunicipalDivision division = areas.division();
        MunicipalityArea municipality = division.municipalities().stream()
                .filter(m -> m.code().equals(municipalityCode)).findFirst()
                .orElseThrow(() -> new InvalidInputException("municipalityCode", "error.municipality.unknown",
                        "no municipality " + municipalityCode));
        try (Connection connection = dataSource.getConnection()) {
            return RegionalPicture.figures(connection, List.of(municipality), division.merged(), date, asKnownOn,
                    false, suppress).get(municipality.code());
        } catch (SQLException e) {
            throw new IllegalStateException("municipal figures could not be read", e);
        }
    }

    /** Beds in locations active on {@code date} by housing form and stay class, as known at {@code asKnownOn}. */
    public BedMix beds(@NotNull String municipalityCode, @NotNull LocalDate date, @NotNull Instant asKnownOn) {
        access.readerOf(municipalityCode);
        Map<HousingForm, Integer> byForm = new EnumMap<>(HousingForm.class);
        Map<StayFocus, Integer> byStay = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement s = connection.prepareStatement(RegionalFigures.BEDS_BY_FORM_AND_STAY)) {
            s.setArray(1, connection.createArrayOf("text", new Object[] {municipalityCode}));
            s.setTimestamp(2, Timestamp.from(asKnownOn));
            s.setDate(3, java.sql.Date.valueOf(date));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    HousingForm form = HousingForm.valueOf(r.getString(1));
                    String stay = r.getString(2);
                    int beds = r.getInt(3);
                    byForm.merge(form, beds, Integer::sum);
                    byStay.merge(stay == null ? null : StayFocus.valueOf(stay), beds, Integer::sum);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("beds could not be read", e);
        }
        return new BedMix(byForm, byStay);
    }
}
