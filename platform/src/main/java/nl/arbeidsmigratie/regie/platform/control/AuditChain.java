package nl.arbeidsmigratie.regie.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.arbeidsmigratie.regie.platform.api.AuditEntryView;
import nl.arbeidsmigratie.regie.platform.api.AuditFilter;
import nl.arbeidsmigratie.regie.platform.api.AuditVerification;
import nl.arbeidsmigratie.regie.platform.api.AuditVerification.Breach;
import nl.arbeidsmigratie.regie.platform.api.Page;
import nl.arbeidsmigratie.regie.platform.api.SearchText;
import nl.arbeidsmigratie.regie.platform.entity.AuditAnchor;
import nl.arbeidsmigratie.regie.platform.entity.AuditEntry;

/** Appends to and verifies the hash chain of audit entries. */
@ApplicationScoped
public class AuditChain {

    private static final int VERIFY_BATCH = 1000;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditSeal seal;

    private final Jsonb jsonb = JsonbBuilder.create();

    public void append(String actor, String action, String target, Object before, Object after) {
        // Serialises appenders until commit, so each entry links to the one committed before it.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('platform.audit_entry'))").getSingleResult();
        List<AuditEntry> last = em.createNamedQuery(AuditEntry.LAST, AuditEntry.class).setMaxResults(1).getResultList();
        String previous = last.isEmpty() ? AuditEntry.GENESIS : last.get(0).hash();
        AuditEntry entry = new AuditEntry(actor, clock.instant(), action, target, json(before), json(after), previous);
        em.persist(entry);
        em.flush();
        AuditAnchor anchor = em.find(AuditAnchor.class, AuditAnchor.ID);
        if (anchor == null) {
            sealHead();
        } else {
            long entries = anchor.entries() + 1;
            anchor.seal(entries, entry.id(), entry.hash(), seal.seal(entries, entry.id(), entry.hash()), clock.instant());
        }
    }

    /**
     * Seals the chain as it stands when it has no seal yet: a new database, or one written before seals existed.
     * Called at startup, under the append lock.
     */
    public void sealIfUnsealed() {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('platform.audit_entry'))").getSingleResult();
        if (em.find(AuditAnchor.class, AuditAnchor.ID) == null) {
            sealHead();
        }
    }

    private void sealHead() {
        List<AuditEntry> last = em.createNamedQuery(AuditEntry.LAST, AuditEntry.class).setMaxResults(1).getResultList();
        if (last.isEmpty()) {
            return;
        }
        long entries = em.createQuery("select count(e) from AuditEntry e", Long.class).getSingleResult();
        AuditEntry head = last.get(0);
        em.persist(new AuditAnchor(entries, head.id(), head.hash(), seal.seal(entries, head.id(), head.hash()),
                clock.instant()));
        em.flush();
    }

    /**
     * Walks the chain up to its sealed head (entries appended meanwhile are left for the next run) and checks
     * each link, each entry's hash, and that the chain ends exactly at the head its seal names.
     */
    public AuditVerification verify() {
        AuditAnchor anchor = em.find(AuditAnchor.class, AuditAnchor.ID);
        long until = anchor == null ? Long.MAX_VALUE : anchor.headId();
        String expectedPrevious = AuditEntry.GENESIS;
        long checked = 0;
        long after = 0;
        List<AuditEntry> batch;
        do {
            batch = em.createNamedQuery(AuditEntry.ALL_IN_ORDER, AuditEntry.class)
                    .setParameter("after", after)
                    .setParameter("until", until)
                    .setMaxResults(VERIFY_BATCH)
                    .getResultList();
            for (AuditEntry entry : batch) {
                checked++;
                if (!entry.previousHash().equals(expectedPrevious)) {
                    return AuditVerification.broken(checked, entry.id(), Breach.UNLINKED,
                            "previous hash does not match the entry before it (an entry was removed or reordered)");
                }
                if (!entry.computeHash().equals(entry.hash())) {
                    return AuditVerification.broken(checked, entry.id(), Breach.ALTERED,
                            "content does not match its hash (altered)");
                }
                expectedPrevious = entry.hash();
                after = entry.id();
            }
            em.clear();
        } while (batch.size() == VERIFY_BATCH);
        return checkSeal(anchor, checked, after, expectedPrevious);
    }

    private AuditVerification checkSeal(AuditAnchor anchor, long checked, long lastId, String lastHash) {
        if (anchor == null) {
            return checked == 0 ? AuditVerification.intact(0)
                    : AuditVerification.broken(checked, lastId, Breach.UNSEALED,
                            "the chain has no seal (its anchor was removed)");
        }
        if (!seal.matches(anchor.entries(), anchor.headId(), anchor.headHash(), anchor.mac())) {
            return AuditVerification.broken(checked, anchor.headId(), Breach.SEAL_ALTERED,
                    "the seal of the chain's head does not match the audit key (the anchor was altered)");
        }
        if (lastId != anchor.headId()) {
            return AuditVerification.broken(checked, anchor.headId(), Breach.END_REMOVED, "the chain ends at entry "
                    + lastId + " but its sealed head is entry " + anchor.headId() + " (entries were removed from the end)",
                    lastId, anchor.headId());
        }
        if (!lastHash.equals(anchor.headHash())) {
            return AuditVerification.broken(checked, anchor.headId(), Breach.REWRITTEN,
                    "the last entry differs from the sealed head (the chain was rewritten and its hashes recomputed)");
        }
        if (checked != anchor.entries()) {
            return AuditVerification.broken(checked, anchor.headId(), Breach.ENTRIES_REMOVED, "the chain holds "
                    + checked + " entries but its seal counts " + anchor.entries() + " (entries were removed)",
                    checked, anchor.entries());
        }
        return AuditVerification.intact(checked);
    }

    public Page<AuditEntryView> entries(AuditFilter filter, int offset, int limit) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.target() != null && !filter.target().isBlank()) {
            conditions.add("e.target = :target");
            parameters.put("target", filter.target().strip());
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            String byAddress = SearchText.folded("e.actor") + " like :actor";
            conditions.add(filter.actorAddresses().isEmpty() ? byAddress
                    : "(" + byAddress + " or e.actor in :actorAddresses)");
            parameters.put("actor", contains(filter.actor()));
            if (!filter.actorAddresses().isEmpty()) {
                parameters.put("actorAddresses", List.copyOf(filter.actorAddresses()));
            }
        }
        if (filter.actionPrefix() != null && !filter.actionPrefix().isBlank()) {
            conditions.add("e.action like :action");
            parameters.put("action", SearchText.literal(filter.actionPrefix().strip()) + "%");
        }
        if (filter.from() != null) {
            conditions.add("e.occurredAt >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.until() != null) {
            conditions.add("e.occurredAt < :until");
            parameters.put("until", filter.until());
        }
        for (int i = 0; i < filter.mentions().size(); i++) {
            AuditFilter.Mention mention = filter.mentions().get(i);
            String m = "m" + i;
            List<String> alternatives = new ArrayList<>(Stream.of("e.actor", "e.target", "coalesce(e.before, '')",
                    "coalesce(e.after, '')").map(value -> SearchText.folded(value) + " like :" + m).toList());
            parameters.put("m" + i, contains(mention.text()));
            // the stored names of what the reader's words name: a kind of record leads an action or a target
            // (strategy.…, location:…) or stands inside an action (strategy.section.added), a verb ends one
            int n = 0;
            for (String kind : mention.kinds()) {
                String k = "m" + i + "k" + n++;
                alternatives.add("e.action like :" + k + "a or e.action like :" + k + "b or e.target like :" + k + "t");
                parameters.put(k + "a", SearchText.literal(kind) + ".%");
                parameters.put(k + "b", "%." + SearchText.literal(kind) + ".%");
                parameters.put(k + "t", SearchText.literal(kind) + ":%");
            }
            for (String verb : mention.verbs()) {
                String v = "m" + i + "v" + n++;
                alternatives.add("e.action like :" + v);
                parameters.put(v, "%." + SearchText.literal(verb));
            }
            if (!mention.records().isEmpty()) {
                alternatives.add("e.target in :m" + i + "r");
                parameters.put("m" + i + "r", List.copyOf(mention.records()));
            }
            for (String form : mention.stored()) {
                String s = "m" + i + "s" + n++;
                alternatives.add("coalesce(e.before, '') like :" + s + " or coalesce(e.after, '') like :" + s);
                parameters.put(s, "%" + SearchText.literal(form) + "%");
            }
            conditions.add("(" + String.join(" or ", alternatives) + ")");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEntry e" + where, Long.class);
        TypedQuery<AuditEntry> page = em.createQuery("select e from AuditEntry e" + where + " order by e.id desc",
                AuditEntry.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        List<AuditEntryView> items = page.setFirstResult(offset).setMaxResults(limit).getResultStream()
                .map(AuditEntry::view).toList();
        return new Page<>(items, count.getSingleResult(), offset, limit);
    }

    private static String contains(String text) {
        return "%" + SearchText.literal(SearchText.fold(text.strip())) + "%";
    }

    private String json(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof String text ? text : jsonb.toJson(value);
    }
}
