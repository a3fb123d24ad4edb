package nl.arbeidsmigratie.regie.registration.api;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
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

    /** The latest mails, newest first; refused to anyone but a coordinator, and when mail really goes out. */
    public List<OutboxMailView> latest(int limit) {
        return latest(null, limit).items();
    }

    /** As {@link #latest(int)}, to an address containing {@code recipient}, with how many there are in all. */
    public Page<OutboxMailView> latest(String recipient, int limit) {
        currentAccount.check(Role.COORDINATOR);
        return outbox.mailLog(recipient, limit);
    }
}
