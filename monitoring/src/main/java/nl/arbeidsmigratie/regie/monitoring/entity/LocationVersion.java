package nl.arbeidsmigratie.regie.monitoring.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.arbeidsmigratie.regie.monitoring.api.Address;
import nl.arbeidsmigratie.regie.monitoring.api.Certification;
import nl.arbeidsmigratie.regie.monitoring.api.Facilities;
import nl.arbeidsmigratie.regie.monitoring.api.HousingForm;
import nl.arbeidsmigratie.regie.monitoring.api.LocationDetails;
import nl.arbeidsmigratie.regie.monitoring.api.LocationStatus;
import nl.arbeidsmigratie.regie.monitoring.api.LocationView;
import nl.arbeidsmigratie.regie.monitoring.api.QualityMark;
import nl.arbeidsmigratie.regie.monitoring.api.StayFocus;

/**
 * One version of a housing location, never changed once written. A change of the location is the next version
 * with a reason; "as known on" a moment is the highest version recorded by then.
 */
@Entity
@Table(name = "location_version")
public class LocationVersion extends AppendOnlyVersion {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "location_id")
    private HousingLocation location;

    @Column(name = "version_no")
    private int versionNo;

    private String name;
    private String street;

    @Column(name = "house_number")
    private String houseNumber;

    private String postcode;
    private String place;

    @Column(name = "bag_id")
    private String bagId;

    private BigDecimal latitude;
    private BigDecimal longitude;

    @Enumerated(EnumType.STRING)
    @Column(name = "housing_form")
    private HousingForm housingForm;

    @Enumerated(EnumType.STRING)
    private LocationStatus status;

    @Column(name = "opened_on")
    private LocalDate openedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    private Integer beds;

    @Column(name = "floor_area")
    private BigDecimal floorArea;

    @Column(name = "bedroom_area")
    private BigDecimal bedroomArea;

    private Integer bedrooms;
    private Integer toilets;
    private Integer showers;
    private String operator;

    @Enumerated(EnumType.STRING)
    @Column(name = "quality_mark")
    private QualityMark qualityMark;

    @Column(name = "certificate_number")
    private String certificateNumber;

    @Column(name = "last_audit_on")
    private LocalDate lastAuditOn;

    @Column(name = "mark_valid_until")
    private LocalDate markValidUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "stay_focus")
    private StayFocus stayFocus;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "location_permit", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<PermitEntry> permits = new ArrayList<>();

    @Column(name = "marked_error")
    private boolean markedError;

    protected LocationVersion() {
    }

    private LocationVersion(HousingLocation location, int versionNo, LocationDetails d, Instant at, String by,
                            String reason, boolean markedError) {
        super(at, by, reason);
        this.location = Objects.requireNonNull(location);
        this.versionNo = versionNo;
        this.name = d.name();
        Address a = d.address();
        this.street = a.street();
        this.houseNumber = a.houseNumber();
        this.postcode = a.postcode();
        this.place = a.place();
        this.bagId = d.bagId();
        this.latitude = d.latitude();
        this.longitude = d.longitude();
        this.housingForm = d.housingForm();
        this.status = d.status();
        this.openedOn = d.openedOn();
        this.closedOn = d.closedOn();
        Facilities f = d.facilities();
        this.beds = f.beds();
        this.floorArea = f.floorArea();
        this.bedroomArea = f.bedroomArea();
        this.bedrooms = f.bedrooms();
        this.toilets = f.toilets();
        this.showers = f.showers();
        Certification c = d.certification();
        this.qualityMark = c.mark();
        this.certificateNumber = c.certificateNumber();
        this.lastAuditOn = c.lastAuditOn();
        this.markValidUntil = c.validUntil();
        this.stayFocus = d.stayFocus();
        this.operator = d.operator();
        d.permits().forEach(p -> permits.add(new PermitEntry(p)));
        this.markedError = markedError;
    }

    public static LocationVersion first(HousingLocation location, LocationDetails details, Instant at, String by) {
        return new LocationVersion(location, 1, details, at, by, null, false);
    }

    /** The next version with changed details; this one stays as it was recorded. */
    public LocationVersion revisedAs(LocationDetails details, Instant at, String by, String why) {
        return new LocationVersion(location, versionNo + 1, details, at, by, Objects.requireNonNull(why), false);
    }

    /** The next version saying the location should never have been recorded. */
    public LocationVersion markedAsError(Instant at, String by, String why) {
        return new LocationVersion(location, versionNo + 1, details(), at, by, Objects.requireNonNull(why), true);
    }

    public LocationDetails details() {
        return new LocationDetails(location.municipalityCode(), name, new Address(street, houseNumber, postcode, place),
                bagId, latitude, longitude, housingForm, status, openedOn, closedOn,
                new Facilities(beds, floorArea, bedroomArea, bedrooms, toilets, showers),
                new Certification(qualityMark, certificateNumber, lastAuditOn, markValidUntil), stayFocus, operator,
                permits.stream().map(PermitEntry::permit).toList());
    }

    public LocationView view() {
        return new LocationView(location.id(), versionNo, details(), recordedAt(), recordedBy(), reason(), markedError);
    }

    public HousingLocation location() {
        return location;
    }

    public int versionNo() {
        return versionNo;
    }

    @Override
    public boolean markedError() {
        return markedError;
    }
}
