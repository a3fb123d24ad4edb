package nl.arbeidsmigratie.regie.platform.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What a reviewer looks for in the audit trail; every part left null (or empty) does not narrow. {@code target}
 * names one record exactly ({@code location:12}); {@code actor} is part of who acted (an address or a name),
 * {@code actionPrefix} a kind of action ({@code enrolment.} for every change of an enrolment); {@code from} and
 * {@code until} bound when it happened (until exclusive); each of {@code mentions} must occur, in any case, in who
 * acted, the record named or what was before or after (part of a location's name, a municipality's code).
 */
public record AuditFilter(String target, String actor, String actionPrefix, Instant from, Instant until,
                          List<String> mentions) implements Serializable {

    public AuditFilter {
        mentions = mentions == null ? List.of()
                : mentions.stream().filter(m -> m != null && !m.isBlank()).map(String::strip).toList();
    }

    /** Everything, or the entries of one record. */
    public static AuditFilter ofTarget(String target) {
        return new AuditFilter(target, null, null, null, null, List.of());
    }
}
