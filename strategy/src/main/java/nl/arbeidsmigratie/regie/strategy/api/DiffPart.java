package nl.arbeidsmigratie.regie.strategy.api;

import java.io.Serializable;

/** A run of words that both versions share, or that only the later one has (inserted) or only the earlier. */
public record DiffPart(Kind kind, String text) implements Serializable {

    /** What happened to the words of a part. */
    public enum Kind {
        SAME,
        INSERTED,
        DELETED
    }
}
