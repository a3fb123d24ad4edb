package nl.arbeidsmigratie.regie.testing.container;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URL;

/**
 * Takes the test mail server away and brings it back, from inside the container: the server runs in the test JVM,
 * which listens for these requests on {@code regie.test.mail.control-port}. While it is away, mail cannot be
 * delivered, as when a real mail server is down; mail received before is forgotten when it stops.
 */
public final class MailServer {

    private MailServer() {
    }

    public static void stop() {
        call("stop");
    }

    public static void start() {
        call("start");
    }

    private static void call(String action) {
        try {
            HttpURLConnection connection = (HttpURLConnection) new URL("http://127.0.0.1:"
                    + Integer.getInteger("regie.test.mail.control-port") + "/" + action).openConnection();
            connection.setRequestMethod("POST");
            connection.setConnectTimeout(5000);
            connection.setReadTimeout(30000);
            int status = connection.getResponseCode();
            connection.disconnect();
            if (status != 204) {
                throw new IllegalStateException("the test mail server did not " + action + ": HTTP " + status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the test mail server's control port", e);
        }
    }
}
