package nl.arbeidsmigratie.regie.web.demo;

import java.time.LocalDate;

/**
 * The day the demo data is loaded; records say "so many days ago" rather than a date, so a quality mark lapses
 * within 60 days and occupancy covers the last three years whenever the set is loaded.
 */
public record DemoClock(LocalDate today) {

    public LocalDate daysAgo(int days) {
        return today.minusDays(days);
    }

    public LocalDate inDays(int days) {
        return today.plusDays(days);
    }

    /** The end of the last quarter that has ended, then {@code back} quarters earlier. */
    public LocalDate quarterEnd(int back) {
        LocalDate firstOfQuarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        return firstOfQuarter.minusMonths(3L * back).minusDays(1);
    }
}
