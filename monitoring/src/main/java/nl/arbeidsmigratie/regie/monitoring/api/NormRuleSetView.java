package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.time.Instant;

/** A recorded rule set, with when and by whom. */
public record NormRuleSetView(long id, NormRules rules, Instant recordedAt, String recordedBy) implements Serializable {
}
