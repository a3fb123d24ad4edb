package nl.arbeidsmigratie.regie.web.registration;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.OutboxMailView;
import nl.arbeidsmigratie.regie.platform.api.Page;
import nl.arbeidsmigratie.regie.registration.api.Accounts;
import nl.arbeidsmigratie.regie.registration.api.MailLog;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.web.faces.LinkedText;
import org.omnifaces.cdi.Param;

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

    /** Part of the address the mails shown went to, from the address: a link to the page keeps its search. */
    @Inject
    @Param(name = "to")
    String to;

    private List<OutboxMailView> mails = List.of();
    private long total;
    private boolean refused;
    private boolean available;

    @PostConstruct
    void load() {
        refused = accounts.current().map(account -> account.role() != Role.COORDINATOR).orElse(true);
        if (refused) {
            return;
        }
        try {
            Page<OutboxMailView> latest = mailLog.latest(to, SHOWN);
            mails = latest.items();
            total = latest.total();
            available = true;
        } catch (AccessRefusedException realMailServer) {
            available = false;
        }
    }

    public List<OutboxMailView> getMails() {
        return mails;
    }

    /** How many mails the search finds in all, of which the newest {@value #SHOWN} are shown. */
    public long getTotal() {
        return total;
    }

    public String getTo() {
        return to;
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
