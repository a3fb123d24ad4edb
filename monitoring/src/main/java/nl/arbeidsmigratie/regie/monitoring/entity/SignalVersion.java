package nl.arbeidsmigratie.regie.monitoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import nl.arbeidsmigratie.regie.monitoring.api.Address;
import nl.arbeidsmigratie.regie.monitoring.api.SignalEntry;
import nl.arbeidsmigratie.regie.monitoring.api.SignalKind;
import nl.arbeidsmigratie.regie.monitoring.api.SignalStatus;
import nl.arbeidsmigratie.regie.monitoring.api.SignalView;

/**
 * One version of a signal, never changed once written. A status change or a link to a location is the next
 * version, with who, when and why; the unique (signal, version) key makes concurrent changes collide.
 */
@Entity
@Table(name = "signal_version")
public class SignalVersion extends AppendOnlyVersion {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "signal_id")
    private SignalCase signal;

    @Column(name = "version_no")
    private int versionNo;

    @Column(name = "signalled_on")
    private LocalDate signalledOn;

    @Enumerated(EnumType.STRING)
    private SignalKind kind;

    private String source;

    @Column(name = "description")
    private String text;

    @Enumerated(EnumType.STRING)
    private SignalStatus status;

    @Column(name = "location_id")
    private Long locationId;

    private String street;

    @Column(name = "house_number")
    private String houseNumber;

    private String postcode;
    private String place;

    protected SignalVersion() {
    }

    private SignalVersion(SignalCase signal, int versionNo, SignalEntry e, SignalStatus status, Instant at, String by,
                          String reason) {
        super(at, by, reason);
        this.signal = Objects.requireNonNull(signal);
        this.versionNo = versionNo;
        this.signalledOn = Objects.requireNonNull(e.signalledOn());
        this.kind = Objects.requireNonNull(e.kind());
        this.source = Objects.requireNonNull(e.source());
        this.text = Objects.requireNonNull(e.text());
        this.status = Objects.requireNonNull(status);
        this.locationId = e.locationId();
        Address a = e.address() == null ? new Address(null, null, null, null) : e.address();
        this.street = a.street();
        this.houseNumber = a.houseNumber();
        this.postcode = a.postcode();
        this.place = a.place();
    }

    /** A new signal is open. */
    public static SignalVersion first(SignalCase signal, SignalEntry entry, Instant at, String by) {
        return new SignalVersion(signal, 1, entry, SignalStatus.OPEN, at, by, null);
    }

    public SignalVersion withStatus(SignalStatus newStatus, Instant at, String by, String why) {
        return new SignalVersion(signal, versionNo + 1, entry(), newStatus, at, by, Objects.requireNonNull(why));
    }

    /** The next version about a known location; the address it was reported on stays with it. */
    public SignalVersion linkedTo(long location, Instant at, String by, String why) {
        SignalEntry e = entry();
        return new SignalVersion(signal, versionNo + 1, new SignalEntry(e.municipalityCode(), location, e.address(),
                e.signalledOn(), e.kind(), e.source(), e.text()), status, at, by, Objects.requireNonNull(why));
    }

    private SignalEntry entry() {
        return new SignalEntry(signal.municipalityCode(), locationId, new Address(street, houseNumber, postcode, place),
                signalledOn, kind, source, text);
    }

    public SignalView view() {
        return new SignalView(signal.id(), versionNo, signal.municipalityCode(), locationId,
                new Address(street, houseNumber, postcode, place), signalledOn, kind, source, text, status, recordedAt(),
                recordedBy(), reason());
    }

    public SignalCase signal() {
        return signal;
    }

    public int versionNo() {
        return versionNo;
    }

    public SignalStatus status() {
        return status;
    }

    public Long locationId() {
        return locationId;
    }
}
