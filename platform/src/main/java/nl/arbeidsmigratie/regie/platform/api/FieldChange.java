package nl.arbeidsmigratie.regie.platform.api;

import java.io.Serializable;

/** One field that differs between two versions of a record, named by its path (e.g. {@code facilities.beds}). */
public record FieldChange(String field, String before, String after) implements Serializable {
}
