package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.math.BigDecimal;

/** One rule of a norm check: the measured value beside the limit it was held against. */
public record NormFinding(NormRule rule, NormOutcome outcome, BigDecimal measured, BigDecimal limit)
        implements Serializable {
}
