package nl.arbeidsmigratie.regie.registration.api;

/**
 * A token just created, with its secret: the only moment the secret exists outside the client that keeps it.
 * Show it once and forget it.
 */
public record IssuedApiToken(ApiTokenView token, String secret) {

    @Override
    public String toString() {
        return "IssuedApiToken[token=" + token + ", secret=(hidden)]";
    }
}
