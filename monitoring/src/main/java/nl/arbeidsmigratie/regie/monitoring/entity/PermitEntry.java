package nl.arbeidsmigratie.regie.monitoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import nl.arbeidsmigratie.regie.monitoring.api.Permit;
import nl.arbeidsmigratie.regie.monitoring.api.PermitKind;

/** A permit as stored with the location version it belongs to. */
@Embeddable
public class PermitEntry {

    @Enumerated(EnumType.STRING)
    private PermitKind kind;

    private String number;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected PermitEntry() {
    }

    PermitEntry(Permit permit) {
        this.kind = permit.kind();
        this.number = permit.number();
        this.validFrom = permit.validFrom();
        this.validTo = permit.validTo();
    }

    Permit permit() {
        return new Permit(kind, number, validFrom, validTo);
    }
}
