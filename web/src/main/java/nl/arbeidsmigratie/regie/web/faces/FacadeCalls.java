package nl.arbeidsmigratie.regie.web.faces;

import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Runs a facade call for a page: a refusal becomes a message in the user's language and marks the request as
 * failed, so dialogs stay open with what was typed and nothing is lost.
 */
public final class FacadeCalls {

    private FacadeCalls() {
    }

    /** True when the call went through; otherwise the message is shown and the caller changes nothing. */
    public static boolean attempt(Runnable call) {
        return attempt(call, "error.concurrent-change");
    }

    /** As {@link #attempt(Runnable)}, with the page's own message for a change someone else made first. */
    public static boolean attempt(Runnable call, String conflictKey) {
        try {
            call.run();
            return true;
        } catch (InvalidInputException e) {
            Messages.addGlobalError(e.messageKey());
        } catch (AccessRefusedException e) {
            Messages.addGlobalError("error.forbidden");
        } catch (ConcurrentChangeException e) {
            Messages.addGlobalError(conflictKey);
        }
        Faces.validationFailed();
        return false;
    }
}
