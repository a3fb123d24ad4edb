package nl.arbeidsmigratie.regie.platform.api;

import java.io.Serializable;
import java.util.List;

/**
 * Outcome of walking the audit chain: intact, or the first entry whose stored hash or predecessor link does
 * not match its content, with how the chain was found broken ({@link #breach}, the figures it names, and the same in
 * plain English for a log).
 */
public record AuditVerification(boolean intact, long entriesChecked, Long firstBrokenEntry, String reason,
                                Breach breach, List<Long> figures) implements Serializable {

    /** How a chain is found broken; a page says each in its own words ({@code audit.breach.*}). */
    public enum Breach {
        /** An entry's link to the one before does not match: an entry was removed or reordered. */
        UNLINKED,
        /** An entry's content does not match its hash. */
        ALTERED,
        /** Entries without a seal: the anchor was removed. */
        UNSEALED,
        /** The seal does not match the audit key: the anchor was altered. */
        SEAL_ALTERED,
        /** The chain ends before its sealed head (figures: last entry, sealed head). */
        END_REMOVED,
        /** The last entry differs from the sealed head: rewritten with recomputed hashes. */
        REWRITTEN,
        /** Fewer entries than the seal counts (figures: entries, sealed count). */
        ENTRIES_REMOVED
    }

    public AuditVerification {
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    public static AuditVerification intact(long checked) {
        return new AuditVerification(true, checked, null, null, null, List.of());
    }

    public static AuditVerification broken(long checked, long entry, Breach breach, String reason, Long... figures) {
        return new AuditVerification(false, checked, entry, reason, breach, List.of(figures));
    }
}
