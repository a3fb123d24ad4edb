package nl.arbeidsmigratie.regie.web.registration;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.OutboxMailView;
import nl.arbeidsmigratie.regie.registration.api.Accounts;
import nl.arbeidsmigratie.regie.registration.api.MailLog;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.web.faces.LinkedText;

/**
 * The mail log of the development run: with {@code mail.mode=log} no mail leaves the machine, and this page
 * shows a coordinator what would have been sent, links included. Others are refused; elsewhere the page shows
 * nothing.
 */
@Named
@RequestScoped
public class MailLogBacking {

    private static final int SHOWN = 50;

    @Inject
    MailLog mailLog;

    @Inject
    Accounts accounts;

    private List<OutboxMailView> mails = List.of();
    private boolean refused;
    private boolean available;

    @PostConstruct
    void load() {
        refused = accounts.current().map(account -> account.role() != Role.COORDINATOR).orElse(true);
        if (refused) {
            return;
        }
        try {
            mails = mailLog.latest(SHOWN);
            available = true;
        } catch (AccessRefusedException realMailServer) {
            available = false;
        }
    }

    public List<OutboxMailView> getMails() {
        return mails;
    }

    public boolean isRefused() {
        return refused;
    }

    public boolean isAvailable() {
        return available;
    }

    /** A mail's text with its addresses apart, so the page makes them links. */
    public List<LinkedText.Part> parts(String text) {
        return LinkedText.of(text);
    }
}
