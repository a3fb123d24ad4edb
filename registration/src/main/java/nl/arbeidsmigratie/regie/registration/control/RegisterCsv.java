package nl.arbeidsmigratie.regie.registration.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import nl.arbeidsmigratie.regie.platform.api.SpreadsheetCsv;
import nl.arbeidsmigratie.regie.registration.api.ContactView;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityView;
import nl.arbeidsmigratie.regie.registration.api.PolicyField;

/** The register as CSV: one row per municipality, contacts joined in one column. */
public final class RegisterCsv {

    private static final String[] HEADER = {"gemeentecode", "gemeentenaam", "provincie", "regio", "actief",
        "opvolger", "inactief_sinds", "contactpersonen"};

    private RegisterCsv() {
    }

    public static String write(List<MunicipalityView> municipalities) {
        StringWriter out = new StringWriter();
        try (SpreadsheetCsv printer = SpreadsheetCsv.writingTo(out, HEADER)) {
            for (MunicipalityView m : municipalities) {
                printer.printRecord(m.code(), m.name(), m.province(), m.region(), m.active() ? "ja" : "nee",
                        m.successorCode(), m.inactiveSince(), contacts(m.contacts()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String contacts(List<ContactView> contacts) {
        return contacts.stream()
                .map(c -> String.join(" | ", nonNull(c.name()), nonNull(c.function()),
                        policyField(c.policyField()), nonNull(c.email()), nonNull(c.phone())))
                .collect(Collectors.joining("; "));
    }

    private static String policyField(PolicyField field) {
        return field == null ? "" : field.dutchName();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
