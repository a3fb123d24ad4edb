package nl.arbeidsmigratie.regie.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/** A Dutch municipality (gemeente), identified by its CBS code. */
@Entity
public class Municipality {

    @Id
    private String code;

    private String name;

    private String province;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private Region region;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Version
    private long version;

    protected Municipality() {
    }

    public void moveToRegion(Region newRegion) {
        this.region = newRegion;
    }

    public void changeContact(String name, String email, String phone) {
        this.contactName = blankToNull(name);
        this.contactEmail = blankToNull(email);
        this.contactPhone = blankToNull(phone);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String province() {
        return province;
    }

    public Region region() {
        return region;
    }

    public String contactName() {
        return contactName;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public long version() {
        return version;
    }
}
