package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.time.LocalDate;

/** The quality mark of a location with its certificate, last audit and the date it lapses. */
public record Certification(QualityMark mark, String certificateNumber, LocalDate lastAuditOn, LocalDate validUntil)
        implements Serializable {

    public static Certification none() {
        return new Certification(QualityMark.NONE, null, null, null);
    }
}
