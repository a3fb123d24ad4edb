package nl.arbeidsmigratie.regie.web.registration;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.arbeidsmigratie.regie.registration.api.Newsletter;
import nl.arbeidsmigratie.regie.registration.api.UnsubscribeOutcome;
import nl.arbeidsmigratie.regie.web.faces.LanguageBacking;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * The unsubscribe link from every issue: one button, no login. Opening the link alone changes nothing, so
 * mail scanners that follow links cannot unsubscribe anyone.
 */
@Named
@ViewScoped
public class UnsubscribeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Newsletter newsletter;

    /** Taken from the link when the page opens and kept for the button's postback. */
    @Inject
    @Param(name = "token")
    String token;

    @Inject
    LanguageBacking language;

    private UnsubscribeOutcome outcome;

    /**
     * Before the page shows: in the subscriber's language, or saying at once that the link names nobody or that the
     * address was unsubscribed already.
     */
    public void open() {
        if (Faces.isPostback() || outcome != null) {
            return;
        }
        newsletter.languageByUnsubscribeLink(token)
                .ifPresentOrElse(language::offer, () -> outcome = UnsubscribeOutcome.UNKNOWN);
        if (outcome == null && newsletter.unsubscribedByLink(token)) {
            outcome = UnsubscribeOutcome.ALREADY_UNSUBSCRIBED;
        }
    }

    public void unsubscribe() {
        outcome = newsletter.unsubscribe(token);
    }

    public UnsubscribeOutcome getOutcome() {
        return outcome;
    }
}
