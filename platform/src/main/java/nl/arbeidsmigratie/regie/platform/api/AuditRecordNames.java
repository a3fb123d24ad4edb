package nl.arbeidsmigratie.regie.platform.api;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Published as a CDI bean by a module whose records a reader of the audit trail knows by name. The trail names a
 * record by its kind and number ({@code location:GM1783:12}), which stays true when the record is renamed; a
 * reader knows it by the name it has now, and looks for it by any name it had.
 */
public interface AuditRecordNames {

    /** The name now of each of {@code targets} this module keeps; targets of other kinds are left out. */
    Map<String, String> names(Collection<String> targets);

    /** The targets of this module's records whose name, now or before, holds {@code text}; at most {@code limit}. */
    Set<String> named(String text, int limit);
}
