package nl.arbeidsmigratie.regie.registration.api;

import java.io.Serializable;

/** A contact person of a municipality. */
public record ContactView(long id, String name, String function, PolicyField policyField, String email,
                          String phone, long version) implements Serializable {
}
