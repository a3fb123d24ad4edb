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

/**
 * The register as CSV: one row per municipality, contacts joined in one column; its words (header, yes and no,
 * policy fields) in the reader's language, its form the spreadsheet's (semicolons) either way.
 */
public final class RegisterCsv {

    private static final String[] HEADER = {"gemeentecode", "gemeentenaam", "provincie", "regio", "actief",
        "opvolger", "inactief_sinds", "contactpersonen"};
    private static final String[] HEADER_EN = {"municipality_code", "municipality_name", "province", "region",
        "active", "successor", "inactive_since", "contacts"};

    private RegisterCsv() {
    }

    public static String write(List<MunicipalityView> municipalities, boolean english) {
        StringWriter out = new StringWriter();
        try (SpreadsheetCsv printer = SpreadsheetCsv.writingTo(out, english ? HEADER_EN : HEADER)) {
            for (MunicipalityView m : municipalities) {
                printer.printRecord(m.code(), m.name(), m.province(), m.region(),
                        m.active() ? (english ? "yes" : "ja") : (english ? "no" : "nee"), m.successorCode(),
                        m.inactiveSince(), contacts(m.contacts(), english));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String contacts(List<ContactView> contacts, boolean english) {
        return contacts.stream()
                .map(c -> String.join(" | ", nonNull(c.name()), nonNull(c.function()),
                        policyField(c.policyField(), english), nonNull(c.email()), nonNull(c.phone())))
                .collect(Collectors.joining("; "));
    }

    private static String policyField(PolicyField field, boolean english) {
        return field == null ? "" : english ? field.englishName() : field.dutchName();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
