package nl.arbeidsmigratie.regie.monitoring.control;

/**
 * The one small-number rule of this module: a figure of 1 to 4 persons could point to people, so anyone but a
 * coordinator gets it suppressed: in the CSV exports as {@code <5} ({@code MonitoringExports}), in the regional
 * picture as an absent figure ({@code RegionalPicture}). Zero and five or more are shown as they are.
 */
public final class SmallNumbers {

    /** How a suppressed figure is written where a text can stand (exports, pages). */
    public static final String SUPPRESSED = "<5";

    private SmallNumbers() {
    }

    /** Whether {@code persons} is a figure to suppress for anyone but a coordinator. */
    public static boolean small(long persons) {
        return persons >= 1 && persons <= 4;
    }

    /** {@code figure}, or {@link #SUPPRESSED} when it is a small number and {@code suppress} holds. */
    public static Object shown(Object figure, boolean suppress) {
        if (suppress && figure instanceof Number n && small(n.longValue())) {
            return SUPPRESSED;
        }
        return figure;
    }
}
