package nl.arbeidsmigratie.regie.web.registration;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Objects;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.TokenCheck;
import nl.arbeidsmigratie.regie.registration.api.Accounts;
import nl.arbeidsmigratie.regie.registration.api.PasswordLink;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * A public page reached through a single-use link in a mail, where someone chooses a password twice. A link
 * that is unknown, expired or used shows why and no form; a good one leads to the login page.
 */
public abstract class PasswordLinkForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    private final PasswordLink link;
    private final String doneMessage;

    private String token;
    private String linkProblem;
    private String password;
    private String repeatPassword;

    /** {@code doneMessage}: the key of what the login page says afterwards. */
    protected PasswordLinkForm(PasswordLink link, String doneMessage) {
        this.link = link;
        this.doneMessage = doneMessage;
    }

    /** The link's token arrives once, with the page; the view keeps it for the form's postback. */
    @PostConstruct
    void checkLink() {
        token = Faces.getRequestParameter("token");
        TokenCheck.Outcome outcome = accounts.checkLink(link, token);
        linkProblem = switch (outcome) {
            case VALID -> null;
            case EXPIRED -> "error.link.expired";
            case USED -> "error.link.used";
            case UNKNOWN -> "error.link.unknown";
            case REVOKED -> "error.link.revoked";
        };
    }

    public String submit() {
        boolean chosen = FacadeCalls.of(() -> {
            if (!Objects.equals(password, repeatPassword)) {
                throw new InvalidInputException("repeatPassword", "error.password.mismatch", "the two differ");
            }
            accounts.choosePassword(link, token, password);
            Messages.addFlashGlobalInfo(doneMessage);
        }).onInvalid(e -> {
            if ("token".equals(e.field())) {
                linkProblem = e.messageKey();
            } else {
                Messages.addError("form:" + e.field(), e.messageKey(), e.arguments());
            }
        }).run();
        password = null;
        repeatPassword = null;
        return chosen ? "/login?faces-redirect=true" : null;
    }

    public boolean isLinkValid() {
        return linkProblem == null;
    }

    public String getLinkProblem() {
        return linkProblem;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
