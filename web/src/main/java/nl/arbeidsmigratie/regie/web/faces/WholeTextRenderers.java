package nl.arbeidsmigratie.regie.web.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.function.UnaryOperator;
import org.primefaces.component.inputtext.InputTextRenderer;
import org.primefaces.component.inputtextarea.InputTextareaRenderer;

/**
 * PrimeFaces' text fields and areas cut a text longer than their {@code maxlength} short as they read it, so the
 * shortened text would be saved as if it were what was typed or pasted. These read the whole text, as sent; the
 * rules then refuse it, naming the limit, and the field keeps it for the person to shorten (fields.js keeps the
 * browser from cutting it too, and says how much too long it is).
 */
public final class WholeTextRenderers {

    private WholeTextRenderers() {
    }

    public static class Field extends InputTextRenderer {
        @Override
        public void decode(FacesContext context, UIComponent component) {
            super.decode(context, component);
            keepWhole(context, (UIInput) component, UnaryOperator.identity());
        }
    }

    public static class Area extends InputTextareaRenderer {
        @Override
        public void decode(FacesContext context, UIComponent component) {
            super.decode(context, component);
            // line breaks as the text area's own reading gives them
            keepWhole(context, (UIInput) component, text -> text.replaceAll("\\r\\n?", "\n"));
        }
    }

    private static void keepWhole(FacesContext context, UIInput input, UnaryOperator<String> normal) {
        String sent = context.getExternalContext().getRequestParameterMap().get(input.getClientId(context));
        if (sent != null && input.getSubmittedValue() != null) {
            input.setSubmittedValue(normal.apply(sent));
        }
    }
}
