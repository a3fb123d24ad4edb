package nl.arbeidsmigratie.regie.registration.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A municipality as callers see it: {@code region} is null when it belongs to none; an inactive one names the
 * municipality it merged into.
 */
public record MunicipalityView(String code, String name, String province, String region, boolean active,
                               String successorCode, String successorName, LocalDate inactiveSince,
                               List<ContactView> contacts, long version) implements Serializable {

    public MunicipalityView {
        contacts = List.copyOf(contacts);
    }
}
