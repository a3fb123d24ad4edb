package nl.arbeidsmigratie.regie.registration.api;

/** Who a valid bearer token speaks for: the account's email (the caller name) and its role (the group). */
public record ApiCaller(String email, Role role) {
}
