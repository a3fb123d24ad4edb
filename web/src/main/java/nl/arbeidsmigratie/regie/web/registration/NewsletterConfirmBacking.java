package nl.arbeidsmigratie.regie.web.registration;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.arbeidsmigratie.regie.registration.api.Newsletter;
import nl.arbeidsmigratie.regie.registration.api.OptInOutcome;
import nl.arbeidsmigratie.regie.web.faces.LanguageBacking;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * The link from the confirmation mail: one button confirms the subscription. Opening the link alone changes nothing,
 * so the mail scanners of many organisations, which follow every link in a mail, confirm nobody, and the consent
 * kept is a person's. The link is single-use and expires after 7 days.
 */
@Named
@ViewScoped
public class NewsletterConfirmBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Newsletter newsletter;

    @Inject
    LanguageBacking language;

    /** Taken from the link when the page opens and kept for the button's postback. */
    @Inject
    @Param(name = "token")
    String token;

    private OptInOutcome outcome;

    /**
     * Before the page shows: in the language the subscriber chose, as the mail was, unless they switched; a link that
     * no longer works says so at once, offering no button.
     */
    public void open() {
        if (Faces.isPostback() || outcome != null) {
            return;
        }
        newsletter.languageByOptInLink(token).ifPresent(language::offer);
        outcome = newsletter.optInLinkRefusal(token).orElse(null);
    }

    public void confirm() {
        outcome = newsletter.confirm(token);
    }

    public OptInOutcome getOutcome() {
        return outcome;
    }
}
