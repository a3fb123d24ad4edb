package nl.arbeidsmigratie.regie.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspException;

/**
 * Compares a post's nonce with its page's as soon as the page is restored. PrimeFaces compares them only when it
 * renders the answer, after the post's values were applied and its action ran; a post whose nonce is not the page's
 * (made by hand from an old page, say) must do nothing. {@link FormPostGuard} then writes the refusal.
 */
public class NonceCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** Set on a request this check refused; {@link FormPostGuard} answers it. */
    static final String REFUSED = NonceCheck.class.getName() + ".refused";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() || context.getViewRoot() == null || context.getResponseComplete()) {
            return;
        }
        try {
            PrimeFacesContext.getCspState(context).getNonce();
        } catch (CspException notThePagesNonce) {
            context.getExternalContext().getRequestMap().put(REFUSED, notThePagesNonce.getMessage());
            context.responseComplete();
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // the page is not restored yet
    }
}
