package nl.arbeidsmigratie.regie.platform.api;

import java.util.regex.Pattern;

/**
 * The one rule for what counts as an email address: something, an at sign, a domain with a dot, no spaces, at
 * most 254 characters (the longest address SMTP carries), at most 64 before the at sign (the longest part SMTP
 * carries there), and letters of the ASCII set only: a mail server without SMTPUTF8, still common, refuses any other,
 * and the mail would never arrive. Otherwise deliberately loose: only a mail that arrives proves an address, so the
 * rule only catches what is plainly not one or cannot be delivered.
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;
    public static final int MAX_LOCAL_LENGTH = 64;

    public static final Pattern PATTERN = Pattern.compile("^[!-~&&[^@]]+@[!-~&&[^@]]+\\.[!-~&&[^@]]+$");

    private EmailAddress() {
    }

    /** True when {@code address}, already trimmed, is one; null is not. */
    public static boolean isValid(String address) {
        return address != null && address.length() <= MAX_LENGTH && PATTERN.matcher(address).matches()
                && address.indexOf('@') <= MAX_LOCAL_LENGTH;
    }
}
