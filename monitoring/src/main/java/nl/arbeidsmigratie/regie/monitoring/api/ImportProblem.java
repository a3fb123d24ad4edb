package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;

/**
 * Why a file was refused: the line (the header is line 1; 0 for the file as a whole), the column as named in the
 * file (or null), a message key and a plain detail for logs and the API.
 */
public record ImportProblem(long line, String column, String messageKey, String detail) implements Serializable {
}
