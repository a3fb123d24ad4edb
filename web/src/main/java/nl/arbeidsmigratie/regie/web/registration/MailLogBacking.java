package nl.arbeidsmigratie.regie.web.registration;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.Outbox;
import nl.arbeidsmigratie.regie.platform.api.OutboxMailView;

/**
 * The mail log of the development run: with {@code mail.mode=log} no mail leaves the machine, and this page
 * shows what would have been sent, links included. Elsewhere the page shows nothing.
 */
@Named
@RequestScoped
public class MailLogBacking {

    private static final int SHOWN = 50;

    @Inject
    Outbox outbox;

    private List<OutboxMailView> mails;
    private boolean available;

    @PostConstruct
    void load() {
        try {
            mails = outbox.mailLog(SHOWN);
            available = true;
        } catch (AccessRefusedException realMailServer) {
            mails = List.of();
            available = false;
        }
    }

    public List<OutboxMailView> getMails() {
        return mails;
    }

    public boolean isAvailable() {
        return available;
    }
}
