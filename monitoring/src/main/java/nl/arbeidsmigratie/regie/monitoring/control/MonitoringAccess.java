package nl.arbeidsmigratie.regie.monitoring.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.Accounts;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityDirectory;
import nl.arbeidsmigratie.regie.registration.api.Role;

/**
 * Who may do what with monitoring data: officers read and write their own municipality only; coordinators read
 * and write any; auditors read any and never write.
 *
 * <p>A record reached by its id (a location, count, report or signal) is checked with the overloads that take the
 * record's chain and id: to an officer of another municipality such a record does not exist, so the facade throws
 * the same not-found refusal a missing id gets (same field, key and text, so the REST answer is the same 404 with
 * the same body) instead of a refusal that would confirm the id is in use. This check comes first, before any
 * other check of the record (marked as an error, superseded, concurrent change) could tell its state.
 */
@Dependent
public class MonitoringAccess {

    @Inject
    Accounts accounts;

    @Inject
    MunicipalityDirectory register;

    public AccountView reader() {
        return accounts.current().orElseThrow(() -> new AccessRefusedException("sign in first"));
    }

    /** Details of a municipality: officers see their own, coordinators and auditors all. */
    public AccountView readerOf(String municipalityCode) {
        AccountView account = reader();
        if (account.role() == Role.OFFICER && !account.municipalityCode().equals(municipalityCode)) {
            throw new AccessRefusedException("officers read their own municipality only, not " + municipalityCode);
        }
        return account;
    }

    /** The whole province at once: coordinators and auditors, never officers. */
    public AccountView provinceReader() {
        AccountView account = reader();
        if (account.role() == Role.OFFICER) {
            throw new AccessRefusedException("officers read their own municipality only");
        }
        return account;
    }

    /** {@link #readerOf(String)} for a record reached by its id: unknown to officers of another municipality. */
    public AccountView readerOf(String municipalityCode, VersionChains.Chain<?> chain, long id) {
        return hiddenFromOtherOfficers(reader(), municipalityCode, chain, id);
    }

    /** {@link #writerFor(String)} for a record reached by its id: unknown to officers of another municipality. */
    public AccountView writerFor(String municipalityCode, VersionChains.Chain<?> chain, long id) {
        return writerFor(hiddenFromOtherOfficers(reader(), municipalityCode, chain, id), municipalityCode);
    }

    private static AccountView hiddenFromOtherOfficers(AccountView account, String municipalityCode,
                                                       VersionChains.Chain<?> chain, long id) {
        if (account.role() == Role.OFFICER && !account.municipalityCode().equals(municipalityCode)) {
            throw chain.unknown(id);
        }
        return account;
    }

    /**
     * The writer of a new record for {@code municipalityCode}. A record naming no municipality, or one the register
     * does not hold, is told so, rather than refused as another municipality's: the code is what the caller has to
     * correct, and the register is public to everyone signed in. Auditors never write.
     */
    public AccountView writerFor(String municipalityCode) {
        AccountView account = reader();
        if (account.role() != Role.AUDITOR) {
            if (municipalityCode == null || municipalityCode.isBlank()) {
                throw new InvalidInputException("municipalityCode", "error.count.municipality",
                        "no municipality given");
            }
            if (!register.exists(municipalityCode)) {
                throw new InvalidInputException("municipalityCode", "error.municipality.unknown",
                        "no municipality " + municipalityCode + " in the register");
            }
        }
        return writerFor(account, municipalityCode);
    }

    private static AccountView writerFor(AccountView account, String municipalityCode) {
        boolean allowed = account.role() == Role.COORDINATOR
                || (account.role() == Role.OFFICER && account.municipalityCode().equals(municipalityCode));
        if (!allowed) {
            throw new AccessRefusedException(account.role() + " may not record data of " + municipalityCode);
        }
        return account;
    }

    public AccountView coordinator() {
        AccountView account = reader();
        if (account.role() != Role.COORDINATOR) {
            throw new AccessRefusedException("coordinators only");
        }
        return account;
    }
}
