package nl.arbeidsmigratie.regie.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ResourceBundle;
import nl.arbeidsmigratie.regie.platform.api.DutchDates;

/**
 * Every date field ({@code converter="regie.date"} on a {@code p:datePicker}): shown as {@code 01-12-2026}, typed in
 * any common Dutch way ({@link DutchDates}). Text that is no date is refused with a message in the user's language
 * that repeats it (a day that does not exist, such as 31-02-2026, is called so), and the field keeps what was typed.
 */
@FacesConverter("regie.date")
public class DateConverter implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date = DutchDates.parseDate(value).orElseThrow(() -> unreadable(context, component, value,
                DutchDates.shapedLikeDate(value) ? "error.date.no-such-day" : "error.date.unreadable"));
        return inReach(context, component, value, date.getYear()) ? date : null;
    }

    /** The years a date of this product can lie in; outside them a year was mistyped (0026, 9999). */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;

    /** True for a year from {@link #FIRST_YEAR} to {@link #LAST_YEAR}; otherwise refused, naming what was typed. */
    static boolean inReach(FacesContext context, UIComponent component, String typed, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw unreadable(context, component, typed, "error.date.year");
        }
        return true;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return DutchDates.format(value);
    }

    /**
     * The refusal of {@code typed}, worded by {@code key} ({0} the text) after the field's label, as the other
     * refusals of a form name their field: a form has several dates.
     */
    static ConverterException unreadable(FacesContext context, UIComponent component, String typed, String key) {
        ResourceBundle bundle = ResourceBundle.getBundle(MessageTexts.BUNDLE, context.getViewRoot().getLocale());
        Object label = component.getAttributes().get("label");
        String text = (label == null ? "" : label + ": ") + MessageFormat.format(bundle.getString(key), typed.strip());
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
