package nl.arbeidsmigratie.regie.platform.api;

import java.util.regex.Pattern;

/**
 * The one rule for what counts as an email address: a local part of the characters an unquoted one takes (letters,
 * digits, dots and {@code !#$%&'*+/=?^_`{|}~-}), an at sign, a domain of letters, digits and hyphens with a dot, at
 * most 254 characters (the longest address SMTP carries), at most 64 before the at sign (the longest part SMTP
 * carries there), and letters of the ASCII set only: a mail server without SMTPUTF8, still common, refuses any other,
 * and the mail would never arrive. Quoted local parts and address literals ({@code "a b"@x.nl}, {@code a@[10.0.0.1]})
 * are left out: no person uses them, and they would carry markup and quotes into every page and export that shows an
 * address. Otherwise deliberately loose: only a mail that arrives proves an address.
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;
    public static final int MAX_LOCAL_LENGTH = 64;

    public static final Pattern PATTERN = Pattern.compile(
            "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$");

    private EmailAddress() {
    }

    /** True when {@code address}, already trimmed, is one; null is not. */
    public static boolean isValid(String address) {
        return address != null && address.length() <= MAX_LENGTH && PATTERN.matcher(address).matches()
                && address.indexOf('@') <= MAX_LOCAL_LENGTH;
    }
}
