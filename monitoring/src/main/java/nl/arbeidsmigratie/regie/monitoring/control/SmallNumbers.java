package nl.arbeidsmigratie.regie.monitoring.control;

/**
 * The one small-number rule of this module: a figure of 1 to 4 persons could point to people, so it is suppressed
 * where it reaches someone who does not keep it: in the regional picture for anyone but a coordinator, as an absent
 * figure ({@code RegionalPicture}); in the CSV exports for auditors, as {@code <5} ({@code MonitoringExports}: the
 * municipality's own officers keep those figures and import the export back). Zero and five or more are shown as
 * they are.
 */
public final class SmallNumbers {

    /** How a suppressed figure is written where a text can stand (exports, pages). */
    public static final String SUPPRESSED = "<5";

    /** How a figure of 5 or more is written that is withheld only so that a suppressed one cannot be derived. */
    public static final String WITHHELD = "x";

    /** The largest figure suppressed. */
    private static final long LARGEST_SUPPRESSED = 4;

    private SmallNumbers() {
    }

    /** Whether {@code persons} is a figure the rule suppresses. */
    public static boolean small(long persons) {
        return persons >= 1 && persons <= LARGEST_SUPPRESSED;
    }

    /**
     * A total and its parts (persons and their stays), each as {@link #shown} writes it. When the parts add up to the
     * total, the suppressed ones together follow from the others by subtraction; that sum gives each of them away when
     * just one is suppressed, or when it can only be made of ones or only of fours (two parts of 8 are 4 and 4). Then
     * the smallest other part above zero is withheld with them ({@link #WITHHELD}: not "&lt;5", which it is not), or,
     * with none, the total.
     */
    public static Object[] shownWithTotal(Object total, boolean suppress, Object... parts) {
        Object[] shown = new Object[parts.length + 1];
        shown[0] = shown(total, suppress);
        long sum = 0;
        long hidden = 0;
        int suppressed = 0;
        int smallestOther = -1;
        for (int i = 0; i < parts.length; i++) {
            shown[i + 1] = shown(parts[i], suppress);
            long value = parts[i] instanceof Number n ? n.longValue() : 0;
            sum += value;
            if (SUPPRESSED.equals(shown[i + 1])) {
                suppressed++;
                hidden += value;
            } else if (value > 0 && (smallestOther < 0 || value < ((Number) parts[smallestOther]).longValue())) {
                smallestOther = i;
            }
        }
        boolean subtracted = suppressed > 0 && !SUPPRESSED.equals(shown[0]) && total instanceof Number t
                && t.longValue() == sum;
        boolean derivable = subtracted
                && (suppressed == 1 || hidden == suppressed || hidden == LARGEST_SUPPRESSED * suppressed);
        if (derivable) {
            shown[smallestOther >= 0 ? smallestOther + 1 : 0] = WITHHELD;
        }
        return shown;
    }

    /** {@code figure}, or {@link #SUPPRESSED} when it is a small number and {@code suppress} holds. */
    public static Object shown(Object figure, boolean suppress) {
        if (suppress && figure instanceof Number n && small(n.longValue())) {
            return SUPPRESSED;
        }
        return figure;
    }
}
