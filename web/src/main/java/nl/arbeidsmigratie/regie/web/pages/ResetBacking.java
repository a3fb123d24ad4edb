package nl.arbeidsmigratie.regie.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.arbeidsmigratie.regie.platform.api.TokenCheck;

/** The reset page: someone who forgot their password chooses a new one through the mailed link. */
@Named
@ViewScoped
public class ResetBacking extends PasswordLinkForm {

    private static final long serialVersionUID = 1L;

    @Override
    protected TokenCheck.Outcome check(String linkToken) {
        return accounts().checkPasswordResetLink(linkToken);
    }

    @Override
    protected void redeem(String linkToken, String newPassword) {
        accounts().resetPassword(linkToken, newPassword);
    }

    @Override
    protected String doneMessage() {
        return "reset.done";
    }
}
