package nl.arbeidsmigratie.regie.web.registration;

import java.time.Instant;

/** A verification as the trail recorded it: when, by whom, with what outcome. */
public record RecordedVerification(Instant verifiedAt, String verifiedBy, boolean intact, long entriesChecked,
                                   Long firstBrokenEntry) {
}
