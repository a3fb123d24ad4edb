package nl.arbeidsmigratie.regie.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.Iterator;
import java.util.List;
import org.primefaces.component.dialog.Dialog;
import org.primefaces.component.messages.Messages;

/**
 * A form posted from a dialog with messages of its own shows its refusals there. The page's messages behind the
 * dialog, which the same answer redraws to tell of a success, leave those refusals out, so a refusal is read once,
 * where it is corrected. What went well, or needs a look, still shows on the page, as the dialog closes.
 */
final class DialogRefusals {

    private static final String SOURCE = "jakarta.faces.source";
    private static final String FROM_DIALOG = DialogRefusals.class.getName() + ".fromDialog";

    private DialogRefusals() {
    }

    /** {@code messages} as {@code shownBy} shows them: without the refusals a dialog shows, unless it is in one. */
    static List<FacesMessage> leftToThePage(UIComponent shownBy, List<FacesMessage> messages, FacesContext context) {
        if (enclosingDialog(shownBy) != null || !postedFromDialogWithMessages(context)) {
            return messages;
        }
        return messages.stream().filter(m -> FacesMessage.SEVERITY_ERROR.compareTo(m.getSeverity()) > 0).toList();
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
}
