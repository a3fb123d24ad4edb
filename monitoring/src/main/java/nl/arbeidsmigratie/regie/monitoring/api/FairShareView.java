package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.time.Instant;

/** One recorded version of an agreement; {@code remainder} is the share of the municipalities not named. */
public record FairShareView(long agreementId, int versionNo, FairShareTerms terms, int remainder,
                            Instant recordedAt, String recordedBy, String reason) implements Serializable {
}
