package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;

/** The places a named municipality agreed to realise. */
public record AgreedShare(String municipalityCode, Integer places) implements Serializable {
}
