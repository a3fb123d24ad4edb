package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.arbeidsmigratie.regie.platform.api.FieldChange;
import nl.arbeidsmigratie.regie.platform.api.RecordChanges;

/** One step in the change log of a location, count or report: who, when, why, and each field before and after. */
public record ChangeLogEntry(int version, Instant recordedAt, String recordedBy, String reason, boolean markedError,
                             List<FieldChange> changes) implements Serializable {

    /** The change log of a history, oldest first; the first entry lists what was first recorded. */
    public static List<ChangeLogEntry> of(List<? extends RecordedVersion> history) {
        List<ChangeLogEntry> log = new ArrayList<>();
        Record before = null;
        for (RecordedVersion v : history) {
            log.add(new ChangeLogEntry(log.size() + 1, v.recordedAt(), v.recordedBy(), v.reason(), v.markedError(),
                    RecordChanges.between(before, v.content())));
            before = v.content();
        }
        return log;
    }
}
