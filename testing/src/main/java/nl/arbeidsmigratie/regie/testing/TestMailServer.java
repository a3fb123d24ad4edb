package nl.arbeidsmigratie.regie.testing;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real SMTP (and IMAP) server, GreenMail, for every test JVM, started before Payara Micro boots so its
 * address can be passed on as {@code mail.host}/{@code mail.port}. Tests read what it received. A small HTTP
 * control port ({@code POST /stop}, {@code POST /start}) lets a test running inside the container take the server
 * away and bring it back ({@code container.MailServer}), so one test can do both on its own.
 */
public class TestMailServer implements LauncherSessionListener {

    public static final String SMTP_PORT_PROPERTY = "regie.test.mail.smtp-port";
    public static final String IMAP_PORT_PROPERTY = "regie.test.mail.imap-port";
    public static final String CONTROL_PORT_PROPERTY = "regie.test.mail.control-port";

    private static GreenMail server;
    private static int smtpPort;
    private static int imapPort;
    private static HttpServer control;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        smtpPort = freePort();
        imapPort = freePort();
        System.setProperty(SMTP_PORT_PROPERTY, String.valueOf(smtpPort));
        System.setProperty(IMAP_PORT_PROPERTY, String.valueOf(imapPort));
        start();
        startControl();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (control != null) {
            control.stop(0);
            control = null;
        }
        stop();
    }

    private static void startControl() {
        try {
            control = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        control.createContext("/stop", exchange -> answer(exchange, TestMailServer::stop));
        control.createContext("/start", exchange -> answer(exchange, TestMailServer::start));
        control.start();
        System.setProperty(CONTROL_PORT_PROPERTY, String.valueOf(control.getAddress().getPort()));
    }

    private static void answer(HttpExchange exchange, Runnable action) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            action.run();
            exchange.sendResponseHeaders(204, -1);
        }
    }

    public static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup[] {
                    new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                    // Any login opens (and if needed creates) that address's mailbox: a refused login would leave
                    // GreenMail's IMAP handler spinning on the abandoned connection.
                    .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            server.start();
        }
    }

    /** Stops accepting mail, as an unreachable mail server would. Received mail is forgotten. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** All mails received for {@code recipient} so far. */
    public static synchronized List<MimeMessage> receivedBy(String recipient) {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> addressedTo(message, recipient))
                .toList();
    }

    /** Waits for a mail to {@code recipient} whose subject contains {@code subjectPart}; returns its text. */
    public static String awaitMail(String recipient, String subjectPart, Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage message : receivedBy(recipient)) {
                try {
                    if (message.getSubject().contains(subjectPart)) {
                        // as a mail program shows it: a text with a character beyond ASCII travels quoted-printable
                        Object content = message.getContent();
                        return content instanceof String text ? text : GreenMailUtil.getBody(message);
                    }
                } catch (MessagingException | java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no mail to " + recipient + " about '" + subjectPart + "' within " + within);
    }

    private static boolean addressedTo(MimeMessage message, String recipient) {
        try {
            return message.getRecipients(Message.RecipientType.TO) != null && Arrays.stream(
                    message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
