package nl.arbeidsmigratie.regie.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.primefaces.component.dialog.Dialog;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages, each list item a list item and tied to its field. PrimeFaces gives every item
 * {@code role="alert"}, which makes it no list item (WCAG 1.3.1); the messages' container is already a polite live
 * region that announces them. Instead an item about one field names that field in {@code data-for}, and
 * {@code resources/js/fields.js} makes the field described by it and marks it invalid (WCAG 3.3.1), whatever
 * widget renders the field.
 *
 * <p>PrimeFaces titles the refusals of its own file checks (a name with a character a file name may not have)
 * "File Error", in English, with the reason in the detail, which these pages do not show: such a message shows its
 * reason, in the page's language, as its text.
 *
 * <p>A refusal shows once: a form posted from a dialog with messages of its own shows its refusals there, and the
 * page's messages behind the dialog, which the same answer redraws for a success, leave them out. What went well, or
 * needs a look, still shows on the page, as the dialog closes with it.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    private static final String PRIMEFACES_FILE_TITLE = "File Error";
    private static final String SOURCE = "jakarta.faces.source";
    private static final String FROM_DIALOG = AccessibleMessagesRenderer.class.getName() + ".fromDialog";

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages messages, FacesMessage message, String severity,
                                 boolean escape) throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        FacesMessage shown = PRIMEFACES_FILE_TITLE.equals(message.getSummary()) && message.getDetail() != null
                ? new FacesMessage(message.getSeverity(), message.getDetail(), null) : message;
        AttributeReplacingWriter.replacing(context, "li", "role", "data-for", fieldOf(context, message), () ->
                super.encodeMessage(context.getResponseWriter(), messages, shown, severity, escape));
    }

    @Override
    protected void addMessage(Messages messages, FacesMessage message, Map<String, List<FacesMessage>> bySeverity,
                              String severity) {
        if (FacesMessage.SEVERITY_ERROR.compareTo(message.getSeverity()) <= 0 && enclosingDialog(messages) == null
                && postedFromDialogWithMessages(FacesContext.getCurrentInstance())) {
            return;
        }
        super.addMessage(messages, message, bySeverity, severity);
    }

    /** Whether this request came from a dialog that shows its own messages; asked once per request. */
    private static boolean postedFromDialogWithMessages(FacesContext context) {
        return (Boolean) context.getAttributes().computeIfAbsent(FROM_DIALOG, key -> {
            String source = context.getExternalContext().getRequestParameterMap().get(SOURCE);
            if (source == null || !context.getPartialViewContext().isAjaxRequest()) {
                return false;
            }
            boolean[] found = {false};
            context.getViewRoot().invokeOnComponent(context, source, (visited, component) -> {
                UIComponent dialog = enclosingDialog(component);
                found[0] = dialog != null && holdsMessages(dialog);
            });
            return found[0];
        });
    }

    private static UIComponent enclosingDialog(UIComponent component) {
        for (UIComponent c = component.getParent(); c != null; c = c.getParent()) {
            if (c instanceof Dialog) {
                return c;
            }
        }
        return null;
    }

    private static boolean holdsMessages(UIComponent component) {
        if (component instanceof Messages) {
            return true;
        }
        for (Iterator<UIComponent> children = component.getFacetsAndChildren(); children.hasNext(); ) {
            if (holdsMessages(children.next())) {
                return true;
            }
        }
        return false;
    }

    /** The client id of the field the message is about, or null for a message about the whole page. */
    private static String fieldOf(FacesContext context, FacesMessage message) {
        for (Iterator<String> ids = context.getClientIdsWithMessages(); ids.hasNext(); ) {
            String id = ids.next();
            if (id != null && context.getMessageList(id).stream().anyMatch(m -> m == message)) {
                return id;
            }
        }
        return null;
    }
}
