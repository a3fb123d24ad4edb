package nl.arbeidsmigratie.regie.web.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import nl.arbeidsmigratie.regie.monitoring.api.WorklistItem;
import nl.arbeidsmigratie.regie.monitoring.api.WorklistKind;
import nl.arbeidsmigratie.regie.web.faces.DisplayValues;
import org.omnifaces.util.Faces;

/**
 * A worklist item's label as the page's language writes it: the worklist's one query names an expiring permit by its
 * kind's code after the location's name ({@code Pension · VERHUURVERGUNNING}), a page by the kind's words.
 */
@Named
@ApplicationScoped
public class WorklistLabels {

    @Inject
    DisplayValues values;

    public String of(WorklistItem item) {
        return of(item, Faces.getLocale());
    }

    String of(WorklistItem item, Locale locale) {
        int kindAt = item.label() == null ? -1 : item.label().lastIndexOf(" · ");
        if (item.kind() != WorklistKind.PERMIT_EXPIRING || kindAt < 0) {
            return item.label();
        }
        return item.label().substring(0, kindAt + 3)
                + values.text(item.label().substring(kindAt + 3), "permit-kind", locale);
    }
}
