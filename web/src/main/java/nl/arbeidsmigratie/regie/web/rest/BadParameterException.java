package nl.arbeidsmigratie.regie.web.rest;

import java.util.List;

/** A request parameter that cannot be used as given; answered with 400 naming the parameter. */
public class BadParameterException extends RuntimeException {

    private final String parameter;
    private final String messageKey;
    private final Object[] arguments;

    public BadParameterException(String parameter, String detail) {
        this(parameter, detail, null);
    }

    /** With the key of the same refusal in the pages' words, for a caller who asks for Dutch. */
    public BadParameterException(String parameter, String detail, String messageKey, Object... arguments) {
        super(detail);
        this.parameter = parameter;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String parameter() {
        return parameter;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** {@code value}, or a refusal naming {@code parameter} ("body" for a missing JSON body) when it is absent. */
    public static <T> T required(String parameter, T value) {
        if (value == null) {
            throw "body".equals(parameter)
                    ? new BadParameterException(parameter, "a JSON body is required", "error.api.body.required")
                    : new BadParameterException(parameter, parameter + " is required", "error.api.required", parameter);
        }
        return value;
    }

    /** {@code value} read as a whole number from {@code min} to {@code max}, or a refusal naming {@code parameter}. */
    public static int wholeNumber(String parameter, String value, int min, int max) {
        try {
            // written in ASCII digits: Java also reads other scripts' digits (full-width, Arabic-Indic) as numbers
            if (!value.strip().matches("-?[0-9]{1,10}")) {
                throw new NumberFormatException(value);
            }
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new BadParameterException(parameter, parameter + " must be a whole number from " + min + " to " + max
                + ", not '" + value + "'", "error.api.whole-number", parameter, min, max, value);
    }

    /**
     * The one of {@code known} that {@code region} names, in any case and with spaces around it as a search for a
     * municipality takes it, or a refusal listing them; null (no filter) stays null.
     */
    public static String knownRegion(String region, List<String> known) {
        if (region == null) {
            return null;
        }
        return known.stream().filter(k -> k.equalsIgnoreCase(region.strip())).findFirst()
                .orElseThrow(() -> new BadParameterException("region", "unknown region '" + region + "'; known: "
                        + known, "error.api.region.unknown", region, String.join(", ", known)));
    }
}
