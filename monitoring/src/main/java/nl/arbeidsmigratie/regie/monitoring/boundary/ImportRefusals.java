package nl.arbeidsmigratie.regie.monitoring.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import nl.arbeidsmigratie.regie.monitoring.api.ImportKind;
import nl.arbeidsmigratie.regie.monitoring.api.ImportRefusedException;
import nl.arbeidsmigratie.regie.monitoring.control.ImportRecords;

/**
 * Keeps what a refused file leaves: its report, and the meanings its person gave its columns, which the next file,
 * put right, is offered again. The refusal rolls the import's own transaction back (nothing of the file is stored),
 * so these are written in a transaction of their own.
 */
@Stateless
public class ImportRefusals {

    @Inject
    ImportRecords records;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(ImportKind kind, String fileName, Set<String> municipalities, ImportRefusedException refused,
                       Instant at, String by, Map<String, String> mapping) {
        records.refused(kind, fileName, municipalities, refused.problems(), refused.total(), at, by);
        if (!mapping.isEmpty()) {
            records.remember(by, kind, mapping);
        }
    }
}
