package nl.arbeidsmigratie.regie.registration.api;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.arbeidsmigratie.regie.platform.api.Outbox;
import nl.arbeidsmigratie.regie.platform.api.OutboxMailView;
import nl.arbeidsmigratie.regie.platform.api.Page;
import nl.arbeidsmigratie.regie.registration.control.CurrentAccount;

/**
 * The mail log of a run that sends no mail ({@code mail.mode=log}). It holds every activation and reset link, so
 * only coordinators read it, and only in that mode.
 */
@Stateless
public class MailLog {

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Outbox outbox;

    /**
     * The latest mails to an address containing {@code recipient} (any when blank), newest first, with how many there
     * are in all; refused to anyone but a coordinator, and when mail really goes out.
     */
    public Page<OutboxMailView> latest(String recipient, int limit) {
        currentAccount.check(Role.COORDINATOR);
        return outbox.mailLog(recipient, limit);
    }
}
