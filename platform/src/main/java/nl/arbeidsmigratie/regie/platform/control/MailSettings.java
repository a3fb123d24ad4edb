package nl.arbeidsmigratie.regie.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How mail leaves the application, from MicroProfile Config ({@code MAIL_HOST}, {@code MAIL_PORT}, …).
 * {@code mail.mode=log} keeps mail inside the application, shown on the mail log page, for the development
 * run where no mail server exists.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "mail.mode", defaultValue = "smtp")
    String mode;

    @Inject
    @ConfigProperty(name = "mail.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "mail.tls", defaultValue = "false")
    boolean tls;

    @Inject
    @ConfigProperty(name = "mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "mail.from", defaultValue = "Arbeidsmigratie Regie <noreply@regie.local>")
    String from;

    @Inject
    @ConfigProperty(name = "platform.outbox.interval", defaultValue = "PT5S")
    Duration interval;

    @Inject
    @ConfigProperty(name = "platform.outbox.first-retry", defaultValue = "PT30S")
    Duration firstRetry;

    public boolean logOnly() {
        return "log".equalsIgnoreCase(mode);
    }

    public Properties sessionProperties() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.starttls.enable", String.valueOf(tls));
        properties.put("mail.smtp.starttls.required", String.valueOf(tls));
        properties.put("mail.smtp.auth", String.valueOf(user.isPresent()));
        return properties;
    }

    public Optional<String> user() {
        return user;
    }

    public Optional<String> password() {
        return password;
    }

    public String from() {
        return from;
    }

    public Duration interval() {
        return interval;
    }

    public Duration firstRetry() {
        return firstRetry;
    }
}
