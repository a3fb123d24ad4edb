package nl.arbeidsmigratie.regie.platform.api;

/**
 * Outcome of walking the audit chain: intact, or the first entry whose stored hash or predecessor link does
 * not match its content.
 */
public record AuditVerification(boolean intact, long entriesChecked, Long firstBrokenEntry, String reason) {

    public static AuditVerification intact(long checked) {
        return new AuditVerification(true, checked, null, null);
    }

    public static AuditVerification broken(long checked, long entry, String reason) {
        return new AuditVerification(false, checked, entry, reason);
    }
}
