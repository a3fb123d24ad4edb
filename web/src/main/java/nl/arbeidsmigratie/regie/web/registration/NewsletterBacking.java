package nl.arbeidsmigratie.regie.web.registration;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ResourceBundle;
import nl.arbeidsmigratie.regie.registration.api.Newsletter;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import nl.arbeidsmigratie.regie.web.faces.LanguageBacking;
import nl.arbeidsmigratie.regie.web.faces.MessageTexts;
import nl.arbeidsmigratie.regie.web.security.ClientAddress;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The public subscribe form: the answer is the same whether or not the address was known. */
@Named
@ViewScoped
public class NewsletterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Newsletter newsletter;

    @Inject
    LanguageBacking languages;

    @Inject
    ClientAddress clientAddress;

    private String email;
    private String name;
    private String language;
    private boolean consent;
    private boolean subscribed;

    @PostConstruct
    void init() {
        language = languages.getLocale().getLanguage();
    }

    public void subscribe() {
        // what the form lacks is said at once, each at its field
        boolean noEmail = email == null || email.isBlank();
        if (noEmail) {
            Messages.addError("subscribe:email", "newsletter.email.required");
        }
        if (!consent) {
            Messages.addError("subscribe:consent", "newsletter.consent.required");
        }
        if (noEmail || !consent) {
            Faces.validationFailed();
            return;
        }
        FacadeCalls.of(() -> {
            // The stored consent is exactly the text this page showed, in the visitor's language.
            newsletter.subscribe(email, name, language, getConsentText(), clientAddress.of(Faces.getRequest()));
            subscribed = true;
            email = null;
            name = null;
            consent = false;
        }).onInvalid(e -> Messages.addError("subscribe:" + field(e.field()), e.messageKey(), e.arguments())).run();
    }

    private static String field(String name) {
        return switch (name == null ? "" : name) {
            case "email", "name", "language", "consent" -> name;
            default -> "submit";
        };
    }

    public String getConsentText() {
        return ResourceBundle.getBundle(MessageTexts.BUNDLE, Faces.getLocale()).getString("newsletter.consent.text");
    }

    public boolean isSubscribed() {
        return subscribed;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
