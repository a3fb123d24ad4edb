package nl.arbeidsmigratie.regie.registration.api;

/** What a coordinator enters for a contact person; only {@code name} is required. */
public record ContactDetails(String name, String function, PolicyField policyField, String email, String phone) {
}
