package nl.arbeidsmigratie.regie.registration.control;

import java.util.regex.Pattern;
import nl.arbeidsmigratie.regie.platform.api.EmailAddress;
import nl.arbeidsmigratie.regie.platform.api.FreeText;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.TextTooLongException;
import nl.arbeidsmigratie.regie.registration.api.ContactDetails;

/** What a contact person's details must look like before anything is stored. */
public final class ContactRules {

    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{6,20}$");
    private static final int LONGEST_TEXT = 200;

    private ContactRules() {
    }

    /** The details as stored: refused when a rule is broken, the name and function each one line, one space apart. */
    public static ContactDetails checked(ContactDetails details) {
        if (FreeText.blank(details.name())) {
            throw new InvalidInputException("name", "error.contact.name.required", "a contact needs a name");
        }
        if (details.name().length() > LONGEST_TEXT) {
            throw new TextTooLongException("name", LONGEST_TEXT);
        }
        if (details.function() != null && details.function().length() > LONGEST_TEXT) {
            throw new TextTooLongException("function", LONGEST_TEXT);
        }
        String name = FreeText.line("name", details.name());
        String function = FreeText.line("function", details.function());
        if (!isEmail(details.email())) {
            throw new InvalidInputException("email", "error.email.invalid", "not an email address");
        }
        if (details.phone() != null && !details.phone().isBlank() && !PHONE.matcher(details.phone().strip()).matches()) {
            throw new InvalidInputException("phone", "error.phone.invalid", "not a phone number");
        }
        return new ContactDetails(name, function, details.policyField(), details.email(), details.phone());
    }

    /** Absent counts as valid; present must look like an address. */
    public static boolean isEmail(String value) {
        return value == null || value.isBlank() || EmailAddress.isValid(value.strip());
    }
}
