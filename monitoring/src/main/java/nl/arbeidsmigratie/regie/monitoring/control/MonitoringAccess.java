package nl.arbeidsmigratie.regie.monitoring.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.Accounts;
import nl.arbeidsmigratie.regie.registration.api.Role;

/**
 * Who may do what with monitoring data: officers read and write their own municipality only; coordinators read
 * and write any; auditors read any and never write.
 */
@Dependent
public class MonitoringAccess {

    @Inject
    Accounts accounts;

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

    public AccountView writerFor(String municipalityCode) {
        AccountView account = reader();
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
