package nl.arbeidsmigratie.regie.web.faces;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;
import org.omnifaces.util.Messages;
import org.primefaces.csp.CspException;

/**
 * A form post whose page state cannot be restored opens the page again, with a message that what was entered was
 * not saved: a full post is redirected to the page, an ajax post gets the partial response's redirect. Expired
 * (the session ended, the instance restarted) or broken (made up, cut off, another page's state) end the same way:
 * Faces fails on the latter with whatever the restoring code runs into, so any failure while restoring a posted
 * state counts, not only {@link ViewExpiredException}. Nothing of the page ran, so nothing changed. Whoever was
 * signed out meanwhile lands on the sign-in page, as on any page of the application.
 *
 * <p>A post whose nonce is not the page's ({@link CspException}) stays the refusal {@link FormPostGuard} writes:
 * that post was not sent by our page. Every other failure goes on to OmniFaces' handler, registered before this
 * factory in faces-config.xml.
 */
public class LostViews extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(LostViews.class.getName());

    public LostViews(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            Throwable lost = null;
            for (ExceptionQueuedEvent event : getUnhandledExceptionQueuedEvents()) {
                if (lostView(context, event.getContext())) {
                    lost = event.getContext().getException();
                    break;
                }
            }
            if (lost != null) {
                // whatever else failed, failed on the page that was not there
                for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                     events.hasNext(); ) {
                    events.next();
                    events.remove();
                }
                if (!context.getResponseComplete()) {
                    reopen(context, lost);
                }
            }
            getWrapped().handle();
        }

        private static boolean lostView(FacesContext context, ExceptionQueuedEventContext event) {
            boolean posted = context.getExternalContext().getRequestParameterMap()
                    .containsKey(ResponseStateManager.VIEW_STATE_PARAM);
            boolean expired = false;
            for (Throwable cause = event.getException(); cause != null; cause = cause.getCause()) {
                if (cause instanceof CspException) {
                    return false;
                }
                expired |= cause instanceof ViewExpiredException;
            }
            return expired || posted && event.getPhaseId() == PhaseId.RESTORE_VIEW;
        }

        private static void reopen(FacesContext context, Throwable failure) {
            ExternalContext external = context.getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            // the page as it was opened: the post's address is the page's own, with its parameters
            String page = request.getRequestURI() + (request.getQueryString() == null ? ""
                    : "?" + request.getQueryString());
            LOG.fine(() -> "page state of a post to " + page + " not restored (" + failure + "); opened again");
            Messages.addFlashGlobalWarn("error.view-lost");
            try {
                // on an ajax request Faces answers with the partial response's redirect
                external.redirect(page);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }
    }
}
