package nl.arbeidsmigratie.regie.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import nl.arbeidsmigratie.regie.platform.entity.OutboxMail;

/** Sends one outbox mail over SMTP with Jakarta Mail. */
@ApplicationScoped
public class MailSender {

    @Inject
    MailSettings settings;

    public void send(OutboxMail mail) throws MessagingException {
        Session session = Session.getInstance(settings.sessionProperties(), settings.user().isEmpty() ? null
                : new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(settings.user().get(), settings.password().orElse(""));
                    }
                });
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        // A stable id lets mail clients recognise a resend after a crash as the same message.
        message.setHeader("X-Regie-Outbox-Id", String.valueOf(mail.id()));
        if (mail.listUnsubscribe() != null) {
            // the mail program's own unsubscribe button: a POST to the address, without a page in between
            message.setHeader("List-Unsubscribe", "<" + mail.listUnsubscribe() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        MimeMultipart alternative = null;
        if (mail.html() != null) {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), StandardCharsets.UTF_8.name());
            MimeBodyPart html = new MimeBodyPart();
            html.setContent(mail.html(), "text/html; charset=UTF-8");
            alternative = new MimeMultipart("alternative", text, html);
        }
        if (mail.calendar() == null && alternative == null) {
            message.setText(mail.text(), StandardCharsets.UTF_8.name());
        } else if (mail.calendar() == null) {
            message.setContent(alternative);
        } else {
            MimeBodyPart body = new MimeBodyPart();
            if (alternative == null) {
                body.setText(mail.text(), StandardCharsets.UTF_8.name());
            } else {
                body.setContent(alternative);
            }
            // a file to add (no METHOD): not an invitation that asks its reader to answer the sender
            MimeBodyPart calendar = new MimeBodyPart();
            calendar.setContent(mail.calendar(), "text/calendar; charset=UTF-8");
            calendar.setFileName(mail.calendarFileName());
            calendar.setDisposition(Part.ATTACHMENT);
            message.setContent(new MimeMultipart("mixed", body, calendar));
        }
        Transport.send(message);
    }
}
