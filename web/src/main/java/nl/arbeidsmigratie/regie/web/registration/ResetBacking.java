package nl.arbeidsmigratie.regie.web.registration;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.arbeidsmigratie.regie.registration.api.PasswordLink;

/** The reset page: someone who forgot their password chooses a new one through the mailed link. */
@Named
@ViewScoped
public class ResetBacking extends PasswordLinkForm {

    private static final long serialVersionUID = 1L;

    public ResetBacking() {
        super(PasswordLink.PASSWORD_RESET, "reset.done");
    }
}
