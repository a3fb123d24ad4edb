package nl.arbeidsmigratie.regie.platform.api;

import java.io.Serializable;

/**
 * Outcome of walking the audit chain: intact, or the first entry whose stored hash or predecessor link does
 * not match its content.
 */
public record AuditVerification(boolean intact, long entriesChecked, Long firstBrokenEntry, String reason)
        implements Serializable {

    public static AuditVerification intact(long checked) {
        return new AuditVerification(true, checked, null, null);
    }

    public static AuditVerification broken(long checked, long entry, String reason) {
        return new AuditVerification(false, checked, entry, reason);
    }
}
