package nl.arbeidsmigratie.regie.monitoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import nl.arbeidsmigratie.regie.monitoring.api.OccupancyFigures;
import nl.arbeidsmigratie.regie.monitoring.api.OccupancyView;

/** One recorded occupancy report, never changed; a correction or error mark supersedes it. */
@Entity
@Table(name = "occupancy_report")
@NamedQuery(name = OccupancyReport.FIRST_ON, query = "select r from OccupancyReport r "
        + "where r.locationId = :location and r.referenceDate = :date and r.supersedesId is null")
public class OccupancyReport extends SupersedingVersion<OccupancyReport, OccupancyFigures> {

    public static final String FIRST_ON = "OccupancyReport.firstOn";

    @Column(name = "location_id")
    private long locationId;

    @Column(name = "reference_date")
    private LocalDate referenceDate;

    private int persons;

    @Column(name = "short_stay")
    private Integer shortStay;

    @Column(name = "mid_stay")
    private Integer midStay;

    @Column(name = "long_stay")
    private Integer longStay;

    protected OccupancyReport() {
    }

    private OccupancyReport(OccupancyFigures f, Instant at, String by, OccupancyReport supersedes, boolean error,
                            String reason) {
        super(at, by, supersedes, error, reason);
        this.locationId = f.locationId();
        this.referenceDate = Objects.requireNonNull(f.referenceDate());
        this.persons = Objects.requireNonNull(f.persons());
        this.shortStay = f.shortStay();
        this.midStay = f.midStay();
        this.longStay = f.longStay();
    }

    public static OccupancyReport first(OccupancyFigures figures, Instant at, String by) {
        return new OccupancyReport(figures, at, by, null, false, null);
    }

    @Override
    protected OccupancyReport successor(OccupancyFigures figures, Instant at, String by, boolean error, String why) {
        return new OccupancyReport(figures, at, by, this, error, why);
    }

    @Override
    public OccupancyFigures figures() {
        return new OccupancyFigures(locationId, referenceDate, persons, shortStay, midStay, longStay);
    }

    public OccupancyView view() {
        return new OccupancyView(id(), figures(), recordedAt(), recordedBy(), supersedesId(), markedError(), reason());
    }

    public long locationId() {
        return locationId;
    }
}
