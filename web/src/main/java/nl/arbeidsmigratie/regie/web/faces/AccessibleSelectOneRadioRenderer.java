package nl.arbeidsmigratie.regie.web.faces;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import org.primefaces.component.selectoneradio.SelectOneRadio;
import org.primefaces.component.selectoneradio.SelectOneRadioRenderer;

/**
 * PrimeFaces' radio buttons without {@code aria-checked} on the wrapper of each option: a plain element may not
 * carry it (WCAG 4.1.2); the native radio input inside says whether it is checked.
 */
public class AccessibleSelectOneRadioRenderer extends SelectOneRadioRenderer {

    @Override
    protected void encodeResponsiveLayout(FacesContext context, SelectOneRadio radio, String layout) throws IOException {
        AttributeReplacingWriter.dropping(context, "div", "aria-checked", () ->
                super.encodeResponsiveLayout(context, radio, layout));
    }
}
