package nl.arbeidsmigratie.regie.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A period in which a municipality belonged to a region; the history of moves is never rewritten. */
@Entity
@Table(name = "region_membership")
@NamedQuery(name = RegionMembership.OF_MUNICIPALITY, query = "select m from RegionMembership m "
        + "join fetch m.region where m.municipality.code = :code order by m.validFrom, m.id")
public class RegionMembership {

    public static final String OF_MUNICIPALITY = "RegionMembership.ofMunicipality";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_code")
    private Municipality municipality;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private Region region;

    @Column(name = "valid_from")
    private Instant validFrom;

    @Column(name = "valid_until")
    private Instant validUntil;

    @Column(name = "recorded_by")
    private String recordedBy;

    protected RegionMembership() {
    }

    RegionMembership(Municipality municipality, Region region, Instant from, String recordedBy) {
        this.municipality = Objects.requireNonNull(municipality);
        this.region = Objects.requireNonNull(region);
        this.validFrom = Objects.requireNonNull(from);
        this.recordedBy = Objects.requireNonNull(recordedBy);
    }

    void end(Instant at) {
        validUntil = at;
    }

    boolean current() {
        return validUntil == null;
    }

    public Region region() {
        return region;
    }

    public Instant validFrom() {
        return validFrom;
    }

    public Instant validUntil() {
        return validUntil;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
