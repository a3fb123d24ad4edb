package nl.arbeidsmigratie.regie.monitoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import nl.arbeidsmigratie.regie.monitoring.api.AgreedShare;

/** The share of a named municipality as stored with the agreement version it belongs to. */
@Embeddable
public class SharePart {

    @Column(name = "municipality_code")
    private String municipalityCode;

    private int places;

    protected SharePart() {
    }

    SharePart(AgreedShare share) {
        this.municipalityCode = share.municipalityCode();
        this.places = share.places();
    }

    AgreedShare share() {
        return new AgreedShare(municipalityCode.strip(), places);
    }
}
