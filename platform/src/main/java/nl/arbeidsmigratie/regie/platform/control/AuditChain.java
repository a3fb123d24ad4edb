package nl.arbeidsmigratie.regie.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import jakarta.persistence.TypedQuery;
import nl.arbeidsmigratie.regie.platform.api.AuditEntryView;
import nl.arbeidsmigratie.regie.platform.api.AuditVerification;
import nl.arbeidsmigratie.regie.platform.api.Page;
import nl.arbeidsmigratie.regie.platform.entity.AuditEntry;

/** Appends to and verifies the hash chain of audit entries. */
@ApplicationScoped
public class AuditChain {

    private static final int VERIFY_BATCH = 1000;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Clock clock;

    private final Jsonb jsonb = JsonbBuilder.create();

    public void append(String actor, String action, String target, Object before, Object after) {
        // Serialises appenders until commit, so each entry links to the one committed before it.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('platform.audit_entry'))").getSingleResult();
        List<AuditEntry> last = em.createNamedQuery(AuditEntry.LAST, AuditEntry.class).setMaxResults(1).getResultList();
        String previous = last.isEmpty() ? AuditEntry.GENESIS : last.get(0).hash();
        em.persist(new AuditEntry(actor, clock.instant(), action, target, json(before), json(after), previous));
        em.flush();
    }

    public AuditVerification verify() {
        String expectedPrevious = AuditEntry.GENESIS;
        long checked = 0;
        long after = 0;
        List<AuditEntry> batch;
        do {
            batch = em.createNamedQuery(AuditEntry.ALL_IN_ORDER, AuditEntry.class)
                    .setParameter("after", after)
                    .setMaxResults(VERIFY_BATCH)
                    .getResultList();
            for (AuditEntry entry : batch) {
                checked++;
                if (!entry.previousHash().equals(expectedPrevious)) {
                    return AuditVerification.broken(checked, entry.id(),
                            "previous hash does not match the entry before it (an entry was removed or reordered)");
                }
                if (!entry.computeHash().equals(entry.hash())) {
                    return AuditVerification.broken(checked, entry.id(), "content does not match its hash (altered)");
                }
                expectedPrevious = entry.hash();
                after = entry.id();
            }
            em.clear();
        } while (batch.size() == VERIFY_BATCH);
        return AuditVerification.intact(checked);
    }

    public Page<AuditEntryView> entries(String target, int offset, int limit) {
        boolean all = target == null || target.isBlank();
        String where = all ? "" : " where e.target = :target";
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEntry e" + where, Long.class);
        TypedQuery<AuditEntry> page = em.createQuery("select e from AuditEntry e" + where + " order by e.id desc",
                AuditEntry.class);
        if (!all) {
            count.setParameter("target", target.strip());
            page.setParameter("target", target.strip());
        }
        List<AuditEntryView> items = page.setFirstResult(offset).setMaxResults(limit).getResultStream()
                .map(AuditEntry::view).toList();
        return new Page<>(items, count.getSingleResult(), offset, limit);
    }

    private String json(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof String text ? text : jsonb.toJson(value);
    }
}
