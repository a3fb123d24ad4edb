package nl.arbeidsmigratie.regie.testing;

import java.net.URL;

/**
 * Links in the mails of test deployments. They start with the base URL {@code arquillian.xml} configures
 * ({@code -Dregie.base-url}), never with the randomly chosen port the deployment is served on; a browser test
 * that follows one opens the same path on the deployment under test.
 */
public final class MailLinks {

    /** The {@code regie.base-url} of every test deployment, as set in {@code arquillian.xml}. */
    public static final String BASE_URL = "http://regie.test/";

    private MailLinks() {
    }

    /** {@code link}, which must start with {@link #BASE_URL}, on the deployment served at {@code deployment}. */
    public static String on(URL deployment, String link) {
        if (!link.startsWith(BASE_URL)) {
            throw new AssertionError("a mail link must start with the configured " + BASE_URL + ": " + link);
        }
        return deployment + link.substring(BASE_URL.length());
    }
}
