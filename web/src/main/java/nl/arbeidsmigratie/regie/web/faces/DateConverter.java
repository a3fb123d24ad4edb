package nl.arbeidsmigratie.regie.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.Year;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.arbeidsmigratie.regie.platform.api.DutchDates;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;

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
        String full = withFullYear(value);
        LocalDate date = DutchDates.parseDate(full).orElseThrow(() -> unreadable(context, component, value,
                DutchDates.shapedLikeDate(full) ? "error.date.no-such-day" : "error.date.unreadable"));
        return inReach(context, component, value, date.getYear()) ? date : null;
    }

    /** A day and month with a year of two digits, and what may follow (a time). */
    private static final Pattern SHORT_YEAR = Pattern.compile("\\s*(\\d{1,2}[-/.]\\d{1,2}[-/.])(\\d{2})(\\s.*)?");

    /**
     * {@code typed} with a year of two digits ({@code 1-11-26}) written in full as the picker in the browser writes
     * it when the field is left: in the century that puts it at most ten years ahead ({@code 26} is 2026, {@code 99}
     * 1999). So the date taken is the one the field shows. Imports still ask for the year in full.
     */
    static String withFullYear(String typed) {
        Matcher m = SHORT_YEAR.matcher(typed);
        if (!m.matches()) {
            return typed;
        }
        int now = Year.now(DutchTime.ZONE).getValue();
        int year = now / 100 * 100 + Integer.parseInt(m.group(2));
        return m.group(1) + (year > now + 10 ? year - 100 : year) + (m.group(3) == null ? "" : m.group(3));
    }

    /** The years a date of this product can lie in; outside them a year was mistyped (0026, 9999). */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;

    /** Whether {@code date} lies in the years a date of this product can lie in, as one typed in a field must. */
    public static boolean inReach(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

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
