package nl.arbeidsmigratie.regie.monitoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** The lasting identity of a housing location in a municipality; its details live in its versions. */
@Entity
@Table(name = "housing_location")
public class HousingLocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "municipality_code")
    private String municipalityCode;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "registered_by")
    private String registeredBy;

    protected HousingLocation() {
    }

    public HousingLocation(String municipalityCode, Instant at, String by) {
        this.municipalityCode = Objects.requireNonNull(municipalityCode);
        this.registeredAt = Objects.requireNonNull(at);
        this.registeredBy = Objects.requireNonNull(by);
    }

    public Long id() {
        return id;
    }

    public String municipalityCode() {
        return municipalityCode;
    }
}
