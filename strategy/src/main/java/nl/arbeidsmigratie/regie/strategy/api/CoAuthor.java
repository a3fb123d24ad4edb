package nl.arbeidsmigratie.regie.strategy.api;

import java.io.Serializable;

/** A municipality whose officers write a regional agreement, with its name as it was when it joined. */
public record CoAuthor(String municipalityCode, String municipalityName) implements Serializable {
}
