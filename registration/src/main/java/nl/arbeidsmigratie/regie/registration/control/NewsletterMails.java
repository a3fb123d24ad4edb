package nl.arbeidsmigratie.regie.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.arbeidsmigratie.regie.platform.api.MailMessage;
import nl.arbeidsmigratie.regie.platform.api.PublicLinks;
import nl.arbeidsmigratie.regie.platform.api.RichText;
import nl.arbeidsmigratie.regie.registration.api.Newsletter;
import nl.arbeidsmigratie.regie.registration.entity.NewsletterIssue;
import nl.arbeidsmigratie.regie.registration.entity.Subscriber;

/** The newsletter's mails, worded in the subscriber's language, each with its own unsubscribe link. */
@Dependent
public class NewsletterMails {

    private static final String BUNDLE = "nl.arbeidsmigratie.regie.registration.newsletter_mails";

    @Inject
    PublicLinks links;

    /**
     * The confirmation mail. It goes to an address nobody has confirmed yet, so it carries no word the requester
     * typed (not even the name): it greets neutrally, and the product cannot be made to mail a stranger someone
     * else's text.
     */
    public MailMessage optIn(Subscriber subscriber, String token) {
        ResourceBundle texts = texts(subscriber.language());
        String link = links.to("/newsletter-confirm.xhtml?token=" + encode(token));
        return new MailMessage(subscriber.email(), texts.getString("optin.subject"),
                MessageFormat.format(texts.getString("optin.text"), link), null);
    }

    public MailMessage issue(NewsletterIssue issue, Subscriber subscriber) {
        ResourceBundle texts = texts(issue.language());
        String link = links.to("/unsubscribe.xhtml?token=" + encode(subscriber.unsubscribeToken()));
        MailMessage mail = compose(subscriber.email(), issue.subject(), issue,
                MessageFormat.format(texts.getString("footer.text"), link),
                MessageFormat.format(texts.getString("footer.html"), escape(link)));
        return new MailMessage(mail.recipient(), mail.subject(), mail.text(), mail.html(),
                links.to(Newsletter.ONE_CLICK + "?token=" + encode(subscriber.unsubscribeToken())));
    }

    /** The issue as subscribers will get it, to the coordinator, without a working unsubscribe link. */
    public MailMessage test(NewsletterIssue issue, String recipient) {
        ResourceBundle texts = texts(issue.language());
        String footer = texts.getString("test.footer");
        return compose(recipient, MessageFormat.format(texts.getString("test.subject"), issue.subject()), issue,
                footer, "<hr><p>" + escape(footer) + "</p>");
    }

    private static MailMessage compose(String recipient, String subject, NewsletterIssue issue, String textFooter,
                                       String htmlFooter) {
        String text = RichText.toText(issue.bodyHtml()) + "\n\n-- \n" + textFooter + "\n";
        String html = "<!DOCTYPE html><html lang=\"" + issue.language() + "\"><head><meta charset=\"UTF-8\"><title>"
                + escape(issue.subject()) + "</title></head><body>" + issue.bodyHtml() + htmlFooter + "</body></html>";
        return new MailMessage(recipient, subject, text, html);
    }

    private static ResourceBundle texts(String language) {
        return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String encode(String token) {
        return URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
