package nl.arbeidsmigratie.regie.monitoring.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.Accounts;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityDirectory;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityView;
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

    /**
     * Refuses an officer's BAG id that lies in another municipality. The BAG numbers each address by the municipality
     * that registered it (its first four digits are that municipality's CBS code), so an id that starts with another
     * current municipality's code is refused from the id alone, with that municipality's name: whether it keeps a
     * location at the address is not for the officer to learn, as the refusal of a taken id would tell. Coordinators
     * see every municipality and may register such an id, for the rare address a boundary correction moved; codes of
     * municipalities merged into others stay on their addresses and are taken as they are.
     */
    public void requireBagIdOf(String municipalityCode, String bagId) {
        if (bagId == null || bagId.length() < 4 || reader().role() != Role.OFFICER) {
            return;
        }
        String named = "GM" + bagId.substring(0, 4);
        if (named.equals(municipalityCode)) {
            return;
        }
        register.find(named).filter(MunicipalityView::active).ifPresent(elsewhere -> {
            throw new InvalidInputException("bagId", "error.location.bag-id.elsewhere",
                    "BAG id " + bagId + " lies in " + elsewhere.code(), elsewhere.name());
        });
    }

    public AccountView coordinator() {
        AccountView account = reader();
        if (account.role() != Role.COORDINATOR) {
            throw new AccessRefusedException("coordinators only");
        }
        return account;
    }
}
