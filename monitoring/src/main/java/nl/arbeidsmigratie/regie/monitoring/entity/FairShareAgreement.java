package nl.arbeidsmigratie.regie.monitoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** The lasting identity of a fair-share agreement of a region; its terms live in its versions. */
@Entity
@Table(name = "fair_share_agreement")
@NamedQuery(name = FairShareAgreement.FOLLOW_REGION,
        query = "update FairShareAgreement a set a.region = :name where a.region = :formerName")
public class FairShareAgreement {

    /** The agreements of a region that was renamed take its new name (the one column V19 lets change). */
    public static final String FOLLOW_REGION = "FairShareAgreement.followRegion";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String region;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    protected FairShareAgreement() {
    }

    public FairShareAgreement(String region, Instant at, String by) {
        this.region = Objects.requireNonNull(region);
        this.createdAt = Objects.requireNonNull(at);
        this.createdBy = Objects.requireNonNull(by);
    }

    public Long id() {
        return id;
    }

    public String region() {
        return region;
    }
}
