package nl.arbeidsmigratie.regie.web.rest;

/** A request parameter that cannot be used as given; answered with 400 naming the parameter. */
public class BadParameterException extends RuntimeException {

    private final String parameter;

    public BadParameterException(String parameter, String detail) {
        super(detail);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** {@code value}, or a refusal naming {@code parameter} ("body" for a missing JSON body) when it is absent. */
    public static <T> T required(String parameter, T value) {
        if (value == null) {
            throw new BadParameterException(parameter, "body".equals(parameter) ? "a JSON body is required"
                    : parameter + " is required");
        }
        return value;
    }

    /** {@code value} read as a whole number from {@code min} to {@code max}, or a refusal naming {@code parameter}. */
    public static int wholeNumber(String parameter, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new BadParameterException(parameter, parameter + " must be a whole number from " + min + " to " + max
                + ", not '" + value + "'");
    }
}
