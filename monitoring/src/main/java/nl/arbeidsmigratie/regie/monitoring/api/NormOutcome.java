package nl.arbeidsmigratie.regie.monitoring.api;

/** Whether a rule is met; a rule the known facts cannot decide is reported as not assessed, never as met. */
public enum NormOutcome {
    MET,
    VIOLATED,
    NOT_ASSESSED
}
