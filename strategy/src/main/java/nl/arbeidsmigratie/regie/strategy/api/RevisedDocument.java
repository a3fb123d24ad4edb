package nl.arbeidsmigratie.regie.strategy.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The adopted document a revision started from, as a reader tells the two apart: they mostly share a title, so by
 * that title and the date it was adopted.
 */
public record RevisedDocument(long id, String title, LocalDate adoptedOn) implements Serializable {
}
