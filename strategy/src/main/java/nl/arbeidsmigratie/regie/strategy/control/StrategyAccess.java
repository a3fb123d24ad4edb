package nl.arbeidsmigratie.regie.strategy.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.Accounts;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.strategy.api.DocumentStatus;
import nl.arbeidsmigratie.regie.strategy.entity.StrategyDocument;

/**
 * Who may do what with a strategy document. Coordinators read every document; a document's authors (officers of
 * its municipality, or of a co-author municipality of a regional agreement) read it and edit it while it is a
 * draft; every other officer reads adopted documents only; auditors read adopted documents and only the details
 * and history of the others. An account deactivated meanwhile is no caller at all.
 *
 * <p>A document an officer may not see does not exist for them: every refusal of that kind is the same
 * not-found answer a missing id gets, so an id never tells that another municipality has a draft.
 */
@Dependent
public class StrategyAccess {

    /** How far a caller reaches into one document. */
    public enum Reach {
        /** Not even its existence. */
        HIDDEN,
        /** Its details and history, not its text. */
        HISTORY,
        /** Everything, read only. */
        CONTENT,
        /** Everything, and the working copy may be changed. */
        WRITE
    }

    @Inject
    Accounts accounts;

    public AccountView caller() {
        return accounts.require();
    }

    public AccountView coordinator() {
        return accounts.require(Role.COORDINATOR);
    }

    public static Reach reach(AccountView account, StrategyDocument document) {
        boolean adopted = document.status() == DocumentStatus.ADOPTED;
        return switch (account.role()) {
            case COORDINATOR -> Reach.CONTENT;
            case AUDITOR -> adopted ? Reach.CONTENT : Reach.HISTORY;
            case OFFICER -> {
                if (document.writtenBy(account.municipalityCode())) {
                    yield document.status() == DocumentStatus.DRAFT ? Reach.WRITE : Reach.CONTENT;
                }
                yield adopted ? Reach.CONTENT : Reach.HIDDEN;
            }
        };
    }

    /**
     * An officer of a municipality that did not write the document, who reads its adopted version: the people who
     * wrote and reviewed it (their addresses) are not theirs to know, as another municipality's contacts are not.
     */
    public static boolean outsider(AccountView account, StrategyDocument document) {
        return account.role() == Role.OFFICER && !document.writtenBy(account.municipalityCode());
    }

    /** The caller's reach, refusing those to whom the document does not exist. */
    public Reach readerOf(AccountView account, StrategyDocument document) {
        Reach reach = reach(account, document);
        if (reach == Reach.HIDDEN) {
            throw unknownDocument(document.id());
        }
        return reach;
    }

    /** Refuses anyone but the document's authors, and the authors too once it is no longer a draft. */
    public void writerOf(AccountView account, StrategyDocument document) {
        Reach reach = readerOf(account, document);
        if (reach == Reach.WRITE) {
            return;
        }
        if (account.role() == Role.OFFICER && document.writtenBy(account.municipalityCode())) {
            throw new InvalidInputException("document", "error.strategy.document.read-only",
                    "the document is " + document.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                            + "; only a draft is edited");
        }
        throw new AccessRefusedException("only the document's authors edit it");
    }

    public static InvalidInputException unknownDocument(long id) {
        return new InvalidInputException("document", "error.strategy.document.unknown", "no document " + id);
    }

    public static InvalidInputException unknownSection(long id) {
        return unknownSection("section", id);
    }

    /** As {@link #unknownSection(long)}, named by {@code field}: {@code sectionId} where a request's body gives it. */
    public static InvalidInputException unknownSection(String field, long id) {
        return new InvalidInputException(field, "error.strategy.section.unknown", "no section " + id);
    }
}
