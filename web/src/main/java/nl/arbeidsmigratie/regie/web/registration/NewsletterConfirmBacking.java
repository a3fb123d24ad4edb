package nl.arbeidsmigratie.regie.web.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.arbeidsmigratie.regie.registration.api.Newsletter;
import nl.arbeidsmigratie.regie.registration.api.OptInOutcome;
import nl.arbeidsmigratie.regie.web.faces.LanguageBacking;
import org.omnifaces.cdi.Param;

/**
 * Opening the link from the confirmation mail confirms the subscription. The link is single-use and
 * expires after 7 days, and confirming is what its recipient asked for moments before.
 */
@Named
@RequestScoped
public class NewsletterConfirmBacking {

    @Inject
    Newsletter newsletter;

    @Inject
    LanguageBacking language;

    @Inject
    @Param(name = "token")
    String token;

    private OptInOutcome outcome;

    /** Confirms, answering in the language the subscriber chose, as the mail did, unless they switched. */
    public void confirm() {
        if (outcome == null) {
            newsletter.languageByOptInLink(token).ifPresent(language::offer);
            outcome = newsletter.confirm(token);
        }
    }

    public OptInOutcome getOutcome() {
        return outcome;
    }
}
