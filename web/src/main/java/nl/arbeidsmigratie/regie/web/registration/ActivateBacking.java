package nl.arbeidsmigratie.regie.web.registration;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.arbeidsmigratie.regie.registration.api.PasswordLink;

/** The activation page: the owner of a new account chooses its first password through the mailed link. */
@Named
@ViewScoped
public class ActivateBacking extends PasswordLinkForm {

    private static final long serialVersionUID = 1L;

    public ActivateBacking() {
        super(PasswordLink.ACTIVATION, "activate.done");
    }
}
