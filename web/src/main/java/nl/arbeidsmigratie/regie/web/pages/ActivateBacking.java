package nl.arbeidsmigratie.regie.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.arbeidsmigratie.regie.platform.api.TokenCheck;

/** The activation page: the owner of a new account chooses its first password through the mailed link. */
@Named
@ViewScoped
public class ActivateBacking extends PasswordLinkForm {

    private static final long serialVersionUID = 1L;

    @Override
    protected TokenCheck.Outcome check(String linkToken) {
        return accounts().checkActivationLink(linkToken);
    }

    @Override
    protected void redeem(String linkToken, String newPassword) {
        accounts().activate(linkToken, newPassword);
    }

    @Override
    protected String doneMessage() {
        return "activate.done";
    }
}
