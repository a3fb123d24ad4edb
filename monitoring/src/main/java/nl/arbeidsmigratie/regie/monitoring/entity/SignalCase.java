package nl.arbeidsmigratie.regie.monitoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** The lasting identity of a signal in a municipality; what it says and its status live in its versions. */
@Entity
@Table(name = "signal_case")
public class SignalCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "municipality_code")
    private String municipalityCode;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Column(name = "reported_by")
    private String reportedBy;

    protected SignalCase() {
    }

    public SignalCase(String municipalityCode, Instant at, String by) {
        this.municipalityCode = Objects.requireNonNull(municipalityCode);
        this.reportedAt = Objects.requireNonNull(at);
        this.reportedBy = Objects.requireNonNull(by);
    }

    public Long id() {
        return id;
    }

    public String municipalityCode() {
        return municipalityCode;
    }
}
