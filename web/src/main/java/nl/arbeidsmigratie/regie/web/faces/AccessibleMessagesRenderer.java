package nl.arbeidsmigratie.regie.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.Iterator;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages, each list item a list item and tied to its field. PrimeFaces gives every item
 * {@code role="alert"}, which makes it no list item (WCAG 1.3.1); the messages' container is already a polite live
 * region that announces them. Instead an item about one field names that field in {@code data-for}, and
 * {@code resources/js/fields.js} makes the field described by it and marks it invalid (WCAG 3.3.1), whatever
 * widget renders the field.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages messages, FacesMessage message, String severity,
                                 boolean escape) throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        AttributeReplacingWriter.replacing(context, "li", "role", "data-for", fieldOf(context, message), () ->
                super.encodeMessage(context.getResponseWriter(), messages, message, severity, escape));
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
