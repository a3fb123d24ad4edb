package nl.arbeidsmigratie.regie.platform.api;

import java.util.Locale;

/** CBS municipality codes as callers type them, in every module alike. */
public final class MunicipalityCodes {

    private MunicipalityCodes() {
    }

    /** Trimmed and in upper case ("gm0503 " is GM0503), so a code is found however it was typed; null stays null. */
    public static String normalised(String value) {
        return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
    }
}
