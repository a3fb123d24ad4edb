package nl.arbeidsmigratie.regie.platform.api;

import java.util.Locale;
import java.util.regex.Pattern;

/** CBS municipality codes as callers type them, in every module alike. */
public final class MunicipalityCodes {

    private static final Pattern SHAPE = Pattern.compile("GM\\d{4}");
    /** A code's digits without its GM, as a spreadsheet keeps a code it took for a number. */
    private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");

    private MunicipalityCodes() {
    }

    /** Trimmed and in upper case ("gm0503 " is GM0503), so a code is found however it was typed; null stays null. */
    public static String normalised(String value) {
        return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    /** {@link #normalised} with GM and leading zeros put back before digits alone ({@code 518} is GM0518). */
    public static String completed(String value) {
        String code = normalised(value);
        return code != null && DIGITS.matcher(code).matches() ? "GM" + "0".repeat(4 - code.length()) + code : code;
    }

    /** Whether {@code code} has a CBS code's shape, GM and four digits; it need not be in the register. */
    public static boolean wellFormed(String code) {
        return code != null && SHAPE.matcher(code).matches();
    }
}
