package nl.arbeidsmigratie.regie.monitoring.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import nl.arbeidsmigratie.regie.monitoring.api.ImportKind;
import nl.arbeidsmigratie.regie.monitoring.api.ImportRefusedException;
import nl.arbeidsmigratie.regie.monitoring.control.ImportRecords;

/**
 * Keeps the report of a refused file. The refusal rolls the import's own transaction back (nothing of the file is
 * stored), so the report is written in a transaction of its own.
 */
@Stateless
public class ImportRefusals {

    @Inject
    ImportRecords records;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(ImportKind kind, String fileName, Set<String> municipalities, ImportRefusedException refused,
                       Instant at, String by) {
        records.refused(kind, fileName, municipalities, refused.problems(), refused.total(), at, by);
    }
}
