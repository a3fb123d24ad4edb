package nl.arbeidsmigratie.regie.registration.api;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.arbeidsmigratie.regie.platform.api.AuditEntryView;
import nl.arbeidsmigratie.regie.platform.api.AuditFilter;
import nl.arbeidsmigratie.regie.platform.api.AuditRecordNames;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.AuditVerification;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.Page;
import nl.arbeidsmigratie.regie.platform.api.SearchText;
import nl.arbeidsmigratie.regie.registration.control.CurrentAccount;

/**
 * The audit trail for the people who may review it: auditors and coordinators. The platform keeps the
 * trail; who may read it is a question of accounts and roles, answered here. Each verification is itself
 * recorded in the trail (target {@value #VERIFICATIONS}), so "when was it last checked, by whom, and was it
 * intact" has an answer that cannot be quietly rewritten either.
 */
@Stateless
public class AuditReview {

    /** The most entries one page of a search holds. */
    public static final int LARGEST_PAGE = 200;

    /** The audit target under which verifications are recorded. */
    static final String VERIFICATIONS = "audit-trail";

    /** The audit target under which exports are recorded. */
    static final String EXPORTS = "audit-export";

    /** The most entries one export holds; a narrower filter reaches the others. */
    public static final int LARGEST_EXPORT = 10_000;

    /** The most words a search looks for at once (a municipality chosen on the audit page is one). */
    public static final int MOST_WORDS = 10;

    /** The most records of one module a text in a search finds by name; a longer text finds fewer. */
    private static final int NAMED_RECORDS = 500;

    @Inject
    AuditTrail trail;

    /** The accounts, whose names a search for a person finds besides the addresses the trail keeps. */
    @PersistenceContext(unitName = "registration")
    EntityManager em;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    @Any
    Instance<AuditRecordNames> recordNames;

    public Page<AuditEntryView> entries(String target, int offset, int limit) {
        return search(AuditFilter.ofTarget(target), offset, limit);
    }

    /** The entries {@code filter} finds, newest first: by record, person, kind, period and what they mention. */
    public Page<AuditEntryView> search(@NotNull AuditFilter filter, int offset, int limit) {
        currentAccount.check(Role.AUDITOR, Role.COORDINATOR);
        return trail.search(naming(filter), Math.max(0, offset), Math.max(1, Math.min(limit, LARGEST_PAGE)));
    }

    /**
     * Every entry {@code filter} finds, newest first, at most {@value #LARGEST_EXPORT}, to hand on as a file; the
     * export is itself recorded in the trail, with its filter and how many entries it held.
     */
    public Page<AuditEntryView> export(@NotNull AuditFilter filter) {
        currentAccount.check(Role.AUDITOR, Role.COORDINATOR);
        AuditFilter named = naming(filter);
        List<AuditEntryView> found = new ArrayList<>();
        long total = 0;
        do {
            Page<AuditEntryView> page = trail.search(named, found.size(), LARGEST_PAGE);
            total = page.total();
            found.addAll(page.items());
            if (page.items().isEmpty()) {
                break;
            }
        } while (found.size() < Math.min(total, LARGEST_EXPORT));
        List<AuditEntryView> exported = found.size() > LARGEST_EXPORT ? found.subList(0, LARGEST_EXPORT) : found;
        trail.record("audit.exported", EXPORTS, null, Map.of("entries", exported.size(), "found", total,
                "filter", filter.described()));
        return new Page<>(exported, total, 0, exported.size());
    }

    /** The name now of each of {@code targets} that names a record some module knows by name. */
    public Map<String, String> names(@NotNull Collection<String> targets) {
        currentAccount.check(Role.AUDITOR, Role.COORDINATOR);
        Map<String, String> names = new HashMap<>();
        recordNames.forEach(module -> names.putAll(module.names(targets)));
        return names;
    }

    /**
     * {@code filter} with each text it mentions also finding the records named so, whose entries hold a number; at
     * most {@value #MOST_WORDS} words, each of which may name hundreds of records.
     */
    private AuditFilter naming(AuditFilter filter) {
        if (filter.mentions().size() > MOST_WORDS) {
            throw new InvalidInputException("text", "error.audit.words", "search for at most " + MOST_WORDS
                    + " words at once, not " + filter.mentions().size(), MOST_WORDS);
        }
        AuditFilter named = filter.naming(text -> recordNames.stream().flatMap(module -> module.named(text,
                NAMED_RECORDS).stream()).collect(Collectors.toSet()));
        return SearchText.containing(filter.actor()).map(pattern -> named.actingAs(Set.copyOf(em.createQuery(
                "select a.email from Account a where " + SearchText.folded("a.displayName") + " like :name",
                String.class).setParameter("name", pattern).setMaxResults(NAMED_RECORDS).getResultList())))
                .orElse(named);
    }

    /** Walks the whole chain; the result names the first entry altered or removed, if any. */
    public AuditVerification verify() {
        currentAccount.check(Role.AUDITOR, Role.COORDINATOR);
        AuditVerification verification = trail.verify();
        Map<String, Object> found = new LinkedHashMap<>();
        found.put("intact", verification.intact());
        found.put("entriesChecked", verification.entriesChecked());
        if (verification.firstBrokenEntry() != null) {
            found.put("firstBrokenEntry", verification.firstBrokenEntry());
        }
        trail.record("audit.verified", VERIFICATIONS, null, found);
        return verification;
    }

    /** The latest recorded verification, if the trail was ever verified. */
    public Optional<VerificationRun> lastVerification() {
        currentAccount.check(Role.AUDITOR, Role.COORDINATOR);
        return trail.entries(VERIFICATIONS, 0, 1).items().stream().findFirst().map(entry -> {
            try (JsonReader reader = Json.createReader(new StringReader(entry.after()))) {
                JsonObject found = reader.readObject();
                return new VerificationRun(entry.occurredAt(), entry.actor(), found.getBoolean("intact"),
                        found.getJsonNumber("entriesChecked").longValue(),
                        found.containsKey("firstBrokenEntry") ? found.getJsonNumber("firstBrokenEntry").longValue()
                                : null);
            }
        });
    }
}
