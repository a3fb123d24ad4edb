package nl.arbeidsmigratie.regie.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Objects;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.TokenCheck;
import nl.arbeidsmigratie.regie.registration.api.Accounts;
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

    private String token;
    private String linkProblem;
    private String password;
    private String repeatPassword;

    /** Whether the link still works, without using it up. */
    protected abstract TokenCheck.Outcome check(String linkToken);

    /** Sets the password through the link, using it up. */
    protected abstract void redeem(String linkToken, String newPassword);

    /** The message the login page shows afterwards. */
    protected abstract String doneMessage();

    /** The link's token arrives once, with the page; the view keeps it for the form's postback. */
    @PostConstruct
    void checkLink() {
        token = Faces.getRequestParameter("token");
        TokenCheck.Outcome outcome = check(token);
        linkProblem = switch (outcome) {
            case VALID -> null;
            case EXPIRED -> "error.link.expired";
            case USED -> "error.link.used";
            case UNKNOWN -> "error.link.unknown";
        };
    }

    public String submit() {
        try {
            if (!Objects.equals(password, repeatPassword)) {
                throw new InvalidInputException("repeatPassword", "error.password.mismatch", "the two differ");
            }
            redeem(token, password);
            Messages.addFlashGlobalInfo(doneMessage());
            return "/login?faces-redirect=true";
        } catch (InvalidInputException e) {
            if ("token".equals(e.field())) {
                linkProblem = e.messageKey();
            } else {
                Messages.addError("form:" + e.field(), e.messageKey());
            }
            Faces.validationFailed();
            return null;
        } finally {
            password = null;
            repeatPassword = null;
        }
    }

    protected Accounts accounts() {
        return accounts;
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
