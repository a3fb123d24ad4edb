package nl.arbeidsmigratie.regie.registration.api;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import nl.arbeidsmigratie.regie.platform.api.AuditEntryView;
import nl.arbeidsmigratie.regie.platform.api.AuditFilter;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.AuditVerification;
import nl.arbeidsmigratie.regie.platform.api.Page;
import nl.arbeidsmigratie.regie.registration.control.CurrentAccount;

/**
 * The audit trail for the people who may review it: auditors and coordinators. The platform keeps the
 * trail; who may read it is a question of accounts and roles, answered here.
 */
@Stateless
public class AuditReview {

    private static final int LARGEST_PAGE = 200;

    @Inject
    AuditTrail trail;

    @Inject
    CurrentAccount currentAccount;

    public Page<AuditEntryView> entries(String target, int offset, int limit) {
        return search(AuditFilter.ofTarget(target), offset, limit);
    }

    /** The entries {@code filter} finds, newest first: by record, person, kind, period and what they mention. */
    public Page<AuditEntryView> search(@NotNull AuditFilter filter, int offset, int limit) {
        currentAccount.require(Role.AUDITOR, Role.COORDINATOR);
        return trail.search(filter, Math.max(0, offset), Math.max(1, Math.min(limit, LARGEST_PAGE)));
    }

    /** Walks the whole chain; the result names the first entry altered or removed, if any. */
    public AuditVerification verify() {
        currentAccount.require(Role.AUDITOR, Role.COORDINATOR);
        return trail.verify();
    }
}
