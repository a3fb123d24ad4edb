package nl.arbeidsmigratie.regie.monitoring.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import nl.arbeidsmigratie.regie.monitoring.control.RegionalFigures;
import nl.arbeidsmigratie.regie.platform.api.Datasource;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;

/**
 * Keeps the municipalities' totals of today (V11) summed: every few seconds those a write changed, and after midnight
 * all of them for the new day. Until it has run a picture sums those municipalities itself, so the timer saves time
 * and decides no figure. Every instance of a cluster runs it; the database lets one sum at a time.
 */
@Stateless
public class MunicipalTotals {

    @Resource(lookup = Datasource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    public void sumSoon() {
        sumChanged();
    }

    /** Sums again every municipality changed or summed for another day; how many, or -1 when one ran already. */
    public int sumChanged() {
        try (Connection connection = dataSource.getConnection()) {
            return RegionalFigures.sumChanged(connection, DutchTime.today(clock), clock.instant());
        } catch (SQLException e) {
            throw new IllegalStateException("the municipalities' totals could not be summed", e);
        }
    }
}
