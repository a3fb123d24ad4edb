package nl.arbeidsmigratie.regie.monitoring.api;

/**
 * Permits a location may need: the rental permit a municipality may require under the Wet goed verhuurderschap,
 * an operating permit, or a temporary environment permit.
 */
public enum PermitKind {
    VERHUURVERGUNNING,
    EXPLOITATIEVERGUNNING,
    TEMPORARY_ENVIRONMENT_PERMIT,
    OTHER
}
