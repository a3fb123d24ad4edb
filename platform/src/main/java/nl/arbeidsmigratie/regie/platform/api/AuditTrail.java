package nl.arbeidsmigratie.regie.platform.api;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import nl.arbeidsmigratie.regie.platform.control.AuditChain;

/**
 * The append-only record of every change that matters. {@link #record} joins the caller's transaction, so an
 * entry exists exactly when the change it describes was committed.
 */
@Stateless
public class AuditTrail {

    @Inject
    AuditChain chain;

    @Inject
    CallerIdentity caller;

    /** Records an action by the current caller; {@code before} and {@code after} are serialised as JSON. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(@NotBlank String action, @NotBlank String target, Object before, Object after) {
        chain.append(caller.name().orElse("anonymous"), action, target, before, after);
    }

    /** Records an action by a named actor that is not (yet) the caller, such as a login attempt. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordAs(@NotBlank String actor, @NotBlank String action, @NotBlank String target,
                         Object before, Object after) {
        chain.append(actor, action, target, before, after);
    }

    public AuditVerification verify() {
        return chain.verify();
    }

    /** Entries newest first, optionally only those about one target (e.g. "municipality:GM1783"). */
    public Page<AuditEntryView> entries(String target, int offset, int limit) {
        return search(AuditFilter.ofTarget(target), offset, limit);
    }

    /** The entries {@code filter} finds, newest first. */
    public Page<AuditEntryView> search(@NotNull AuditFilter filter, int offset, int limit) {
        return chain.entries(filter, offset, limit);
    }
}
