package nl.arbeidsmigratie.regie.testing.container;

import jakarta.mail.BodyPart;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * Reads, from inside the container, the mails the test SMTP server received, over its IMAP port. The test
 * server accepts any login as the mailbox of that address.
 */
public final class Mailbox {

    private Mailbox() {
    }

    /** The texts of all mails {@code recipient} received so far, oldest first, with their subjects. */
    public static List<Mail> of(String recipient) {
        return read(recipient, subject -> true, Integer.MAX_VALUE);
    }

    /** Waits until {@code recipient} received a mail whose subject contains {@code subjectPart}. */
    public static Mail await(String recipient, String subjectPart, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            List<Mail> found = read(recipient, subject -> subject != null && subject.contains(subjectPart), 1);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail to " + recipient + " about '" + subjectPart + "' within " + within);
    }

    /**
     * The first {@code limit} mails, oldest first, whose subject is {@code wanted}. The subjects come in one
     * request; only the mails wanted are read whole, as a mailbox that a whole test run writes to grows long.
     */
    private static List<Mail> read(String recipient, Predicate<String> wanted, int limit) {
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", "5000");
        properties.put("mail.imap.timeout", "5000");
        Session session = Session.getInstance(properties);
        List<Mail> mails = new ArrayList<>();
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", Integer.getInteger("regie.test.mail.imap-port"), recipient, recipient);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message[] messages = inbox.getMessages();
            FetchProfile envelopes = new FetchProfile();
            envelopes.add(FetchProfile.Item.ENVELOPE);
            inbox.fetch(messages, envelopes);
            for (Message message : messages) {
                if (mails.size() == limit) {
                    break;
                }
                if (!wanted.test(message.getSubject())) {
                    continue;
                }
                Map<String, String> headers = new LinkedHashMap<>();
                for (Header header : java.util.Collections.list(message.getAllHeaders())) {
                    headers.putIfAbsent(header.getName(), header.getValue());
                }
                Map<String, Attachment> attachments = new LinkedHashMap<>();
                mails.add(new Mail(message.getSubject(), text(message.getContent(), attachments), headers,
                        attachments));
            }
            inbox.close(false);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read the test mailbox of " + recipient, e);
        }
        return mails;
    }

    /** The text of the mail's parts; the files it carries go to {@code attachments} by name. */
    private static String text(Object content, Map<String, Attachment> attachments)
            throws MessagingException, IOException {
        if (content instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.getFileName() != null) {
                    attachments.put(part.getFileName(), new Attachment(part.getContentType(),
                            new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8)));
                } else {
                    text.append(text(part.getContent(), attachments)).append('\n');
                }
            }
            return text.toString();
        }
        return String.valueOf(content);
    }

    /** A file a mail carries: its content type and its content read as UTF-8. */
    public record Attachment(String contentType, String content) {
    }

    /** A received mail, with the files it carries by name. */
    public record Mail(String subject, String text, Map<String, String> headers, Map<String, Attachment> attachments) {

        /** The first link in the text that contains {@code pathPart}. */
        public String link(String pathPart) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("https?://\\S+").matcher(text);
            while (m.find()) {
                if (m.group().contains(pathPart)) {
                    return m.group();
                }
            }
            throw new AssertionError("no link with " + pathPart + " in: " + text);
        }
    }
}
