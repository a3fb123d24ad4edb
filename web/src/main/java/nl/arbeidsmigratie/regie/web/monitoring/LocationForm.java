package nl.arbeidsmigratie.regie.web.monitoring;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.arbeidsmigratie.regie.monitoring.api.Certification;
import nl.arbeidsmigratie.regie.monitoring.api.Facilities;
import nl.arbeidsmigratie.regie.monitoring.api.HousingForm;
import nl.arbeidsmigratie.regie.monitoring.api.LocationDetails;
import nl.arbeidsmigratie.regie.monitoring.api.LocationStatus;
import nl.arbeidsmigratie.regie.monitoring.api.Permit;
import nl.arbeidsmigratie.regie.monitoring.api.PermitKind;
import nl.arbeidsmigratie.regie.monitoring.api.QualityMark;
import nl.arbeidsmigratie.regie.monitoring.api.StayFocus;
import nl.arbeidsmigratie.regie.platform.api.FreeText;

/** The editable fields of the location dialog; the facade receives them as one {@link LocationDetails}. */
public class LocationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private AddressForm address = new AddressForm();
    private String bagId;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private HousingForm housingForm = HousingForm.HOUSING_UNITS;
    private LocationStatus status = LocationStatus.ACTIVE;
    private LocalDate openedOn;
    private LocalDate closedOn;
    private Integer beds;
    private BigDecimal floorArea;
    private BigDecimal bedroomArea;
    private Integer bedrooms;
    private Integer toilets;
    private Integer showers;
    private String operator;
    private QualityMark mark = QualityMark.NONE;
    private String certificateNumber;
    private LocalDate lastAuditOn;
    private LocalDate markValidUntil;
    private StayFocus stayFocus;
    private final List<PermitRow> permits = new ArrayList<>();

    static LocationForm of(LocationDetails d) {
        LocationForm f = new LocationForm();
        f.name = d.name();
        f.address = AddressForm.of(d.address());
        f.bagId = d.bagId();
        f.latitude = d.latitude();
        f.longitude = d.longitude();
        f.housingForm = d.housingForm();
        f.status = d.status();
        f.openedOn = d.openedOn();
        f.closedOn = d.closedOn();
        f.beds = d.facilities().beds();
        f.floorArea = d.facilities().floorArea();
        f.bedroomArea = d.facilities().bedroomArea();
        f.bedrooms = d.facilities().bedrooms();
        f.toilets = d.facilities().toilets();
        f.showers = d.facilities().showers();
        f.operator = d.operator();
        f.mark = d.certification().mark();
        f.certificateNumber = d.certification().certificateNumber();
        f.lastAuditOn = d.certification().lastAuditOn();
        f.markValidUntil = d.certification().validUntil();
        f.stayFocus = d.stayFocus();
        d.permits().forEach(p -> f.permits.add(PermitRow.of(p)));
        return f;
    }

    LocationDetails details(String municipalityCode) {
        return new LocationDetails(municipalityCode, name, address.address(), bagId,
                latitude, longitude, housingForm, status, openedOn, closedOn,
                new Facilities(beds, floorArea, bedroomArea, bedrooms, toilets, showers),
                new Certification(mark, certificateNumber, lastAuditOn, markValidUntil), stayFocus, operator,
                // a row added and left empty is no permit: saving ignores it rather than refusing the whole form
                permits.stream().filter(row -> !row.empty()).map(PermitRow::permit).toList());
    }

    public void addPermit() {
        permits.add(new PermitRow());
    }

    public void removePermit(PermitRow row) {
        permits.remove(row);
    }

    /** One permit line of the dialog. */
    public static class PermitRow implements Serializable {

        private static final long serialVersionUID = 1L;

        /** The kind a new line starts with. */
        private static final PermitKind FIRST_KIND = PermitKind.VERHUURVERGUNNING;

        private PermitKind kind = FIRST_KIND;
        private String number;
        private LocalDate validFrom;
        private LocalDate validTo;

        static PermitRow of(Permit p) {
            PermitRow row = new PermitRow();
            row.kind = p.kind();
            row.number = p.number();
            row.validFrom = p.validFrom();
            row.validTo = p.validTo();
            return row;
        }

        Permit permit() {
            return new Permit(kind, number, validFrom, validTo);
        }

        /**
         * Nothing typed, and the kind a new line starts with: a line whose kind was chosen was meant, and is refused
         * for what it lacks rather than dropped unsaid.
         */
        boolean empty() {
            return kind == FIRST_KIND && FreeText.blank(number) && validFrom == null && validTo == null;
        }

        public PermitKind getKind() {
            return kind;
        }

        public void setKind(PermitKind kind) {
            this.kind = kind;
        }

        public String getNumber() {
            return number;
        }

        public void setNumber(String number) {
            this.number = number;
        }

        public LocalDate getValidFrom() {
            return validFrom;
        }

        public void setValidFrom(LocalDate validFrom) {
            this.validFrom = validFrom;
        }

        public LocalDate getValidTo() {
            return validTo;
        }

        public void setValidTo(LocalDate validTo) {
            this.validTo = validTo;
        }
    }

    public List<PermitRow> getPermits() {
        return permits;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }









    public AddressForm getAddress() {
        return address;
    }

    public String getBagId() {
        return bagId;
    }

    public void setBagId(String bagId) {
        this.bagId = bagId;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public HousingForm getHousingForm() {
        return housingForm;
    }

    public void setHousingForm(HousingForm housingForm) {
        this.housingForm = housingForm;
    }

    public LocationStatus getStatus() {
        return status;
    }

    public void setStatus(LocationStatus status) {
        this.status = status;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public void setOpenedOn(LocalDate openedOn) {
        this.openedOn = openedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public void setClosedOn(LocalDate closedOn) {
        this.closedOn = closedOn;
    }

    public Integer getBeds() {
        return beds;
    }

    public void setBeds(Integer beds) {
        this.beds = beds;
    }

    public BigDecimal getFloorArea() {
        return floorArea;
    }

    public void setFloorArea(BigDecimal floorArea) {
        this.floorArea = floorArea;
    }

    public BigDecimal getBedroomArea() {
        return bedroomArea;
    }

    public void setBedroomArea(BigDecimal bedroomArea) {
        this.bedroomArea = bedroomArea;
    }

    public Integer getBedrooms() {
        return bedrooms;
    }

    public void setBedrooms(Integer bedrooms) {
        this.bedrooms = bedrooms;
    }

    public Integer getToilets() {
        return toilets;
    }

    public void setToilets(Integer toilets) {
        this.toilets = toilets;
    }

    public Integer getShowers() {
        return showers;
    }

    public void setShowers(Integer showers) {
        this.showers = showers;
    }

    public String getOperator() {
        return operator;
    }

    public void setOperator(String operator) {
        this.operator = operator;
    }

    public QualityMark getMark() {
        return mark;
    }

    public void setMark(QualityMark mark) {
        this.mark = mark;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public void setCertificateNumber(String certificateNumber) {
        this.certificateNumber = certificateNumber;
    }

    public LocalDate getLastAuditOn() {
        return lastAuditOn;
    }

    public void setLastAuditOn(LocalDate lastAuditOn) {
        this.lastAuditOn = lastAuditOn;
    }

    public LocalDate getMarkValidUntil() {
        return markValidUntil;
    }

    public void setMarkValidUntil(LocalDate markValidUntil) {
        this.markValidUntil = markValidUntil;
    }

    public StayFocus getStayFocus() {
        return stayFocus;
    }

    public void setStayFocus(StayFocus stayFocus) {
        this.stayFocus = stayFocus;
    }
}
