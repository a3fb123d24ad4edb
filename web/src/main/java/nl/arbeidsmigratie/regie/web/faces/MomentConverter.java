package nl.arbeidsmigratie.regie.web.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.regex.Pattern;
import nl.arbeidsmigratie.regie.platform.api.DutchDates;
import org.primefaces.component.api.UICalendar;

/**
 * Every date-and-time field ({@code converter="regie.moment"}, the "as known on" pickers): shown as
 * {@code 01-12-2026 14:30:00}, or {@code 01-12-2026 14:30} where the picker's pattern has no seconds, typed as a
 * date in any common Dutch way with an optional time; a date alone takes the picker's default time of day.
 */
@FacesConverter("regie.moment")
public class MomentConverter implements Converter<LocalDateTime> {

    /** A text that ends in a time of hours and minutes, without seconds. */
    private static final Pattern TO_THE_MINUTE = Pattern.compile("(^|[^0-9:.])[0-9]{1,2}[:.][0-9]{2}$");

    @Override
    public LocalDateTime getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String full = DateConverter.withFullYear(value);
        LocalDateTime moment = DutchDates.parseMoment(full, timeOfDay(component)).orElseThrow(() ->
                DateConverter.unreadable(context, component, value,
                        DutchDates.onNoSuchDay(full) ? "error.date.no-such-day" : "error.moment.unreadable"));
        if (showsSeconds(component) && TO_THE_MINUTE.matcher(full.strip()).find()) {
            // a time typed to the minute is the whole minute, as a date alone is the whole day: what the pages show
            // as recorded at 11:48 was known at "11:48"
            moment = moment.withSecond(59);
        }
        return DateConverter.inReach(context, component, value, moment.getYear()) ? moment : null;
    }

    private static boolean showsSeconds(UIComponent component) {
        return component != null && component.getAttributes().get("pattern") instanceof String p && p.contains("ss");
    }

    /** A typed date alone means the time the picker itself takes for a picked day ({@code defaultHour}, a deadline's end of day). */
    private static LocalTime timeOfDay(UIComponent component) {
        return component instanceof UICalendar picker
                ? LocalTime.of(picker.getDefaultHour(), picker.getDefaultMinute(), picker.getDefaultSecond())
                : LocalTime.MIDNIGHT;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDateTime value) {
        if (value == null) {
            return "";
        }
        // a picker whose pattern has no seconds shows none, also when the page comes back after a refusal
        Object pattern = component == null ? null : component.getAttributes().get("pattern");
        return (pattern instanceof String p && !p.contains("ss") ? DutchDates.MINUTES : DutchDates.SECONDS).format(value);
    }
}
