package nl.arbeidsmigratie.regie.registration.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * One run of the audit trail's verification as it was recorded: when, by whom, and what it found ({@code intact},
 * the entries checked, the first broken entry when not intact).
 */
public record VerificationRun(Instant at, String by, boolean intact, long entriesChecked, Long firstBrokenEntry)
        implements Serializable {
}
