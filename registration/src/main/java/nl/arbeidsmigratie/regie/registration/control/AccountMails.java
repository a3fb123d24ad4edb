package nl.arbeidsmigratie.regie.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.MessageFormat;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.arbeidsmigratie.regie.platform.api.MailMessage;
import nl.arbeidsmigratie.regie.platform.api.OneTimeTokens;
import nl.arbeidsmigratie.regie.platform.api.Outbox;
import nl.arbeidsmigratie.regie.platform.api.PublicLinks;
import nl.arbeidsmigratie.regie.registration.entity.Account;

/**
 * The single-use links that let a person choose a password: one to activate a new account, one to reset a
 * forgotten password. Each call issues a fresh token and queues its mail, in the account's own language, in
 * the caller's transaction.
 */
@Dependent
public class AccountMails {

    public static final String ACTIVATION = "account-activation";
    public static final String PASSWORD_RESET = "password-reset";
    static final Duration ACTIVATION_VALIDITY = Duration.ofHours(72);
    static final Duration PASSWORD_RESET_VALIDITY = Duration.ofHours(1);
    /** At most one reset mail per account in this period, however often it is asked for. */
    public static final Duration RESET_MAIL_INTERVAL = Duration.ofMinutes(15);

    private static final String BUNDLE = "nl.arbeidsmigratie.regie.registration.mails";

    @Inject
    OneTimeTokens tokens;

    @Inject
    Outbox outbox;

    @Inject
    PublicLinks links;

    @PersistenceContext(unitName = "registration")
    EntityManager em;

    /** A new activation link: the ones sent before stop working, as a mail sent again may be one that went astray. */
    public void sendActivationLink(Account account) {
        tokens.revoke(ACTIVATION, String.valueOf(account.id()));
        send(account, ACTIVATION, ACTIVATION_VALIDITY, "/activate.xhtml", "activation");
    }

    public void sendPasswordResetLink(Account account) {
        send(account, PASSWORD_RESET, PASSWORD_RESET_VALIDITY, "/reset.xhtml", "reset");
    }

    /**
     * Mails a reset link (an activation link to an account whose owner has chosen no password yet) unless one was
     * queued for this account within {@link #RESET_MAIL_INTERVAL}. Claimed by one atomic UPDATE (not raising the
     * account's version), so parallel requests send one mail between them.
     *
     * @return whether a mail was queued
     */
    public boolean sendPasswordResetLinkUnlessPending(Account account, Instant now) {
        int claimed = em.createNativeQuery("update registration.account set reset_mailed_at = ? "
                        + "where id = ? and (reset_mailed_at is null or reset_mailed_at <= ?)")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, account.id())
                .setParameter(3, Timestamp.from(now.minus(RESET_MAIL_INTERVAL)))
                .executeUpdate();
        if (claimed == 1 && account.awaitingActivation()) {
            // whose activation link expired or was used up asks here: the way in is a new activation link
            sendActivationLink(account);
        } else if (claimed == 1) {
            sendPasswordResetLink(account);
        }
        return claimed == 1;
    }

    /**
     * Revokes every activation and reset link of the account that is still outstanding, once its password was
     * set or changed or it was deactivated; a new reset may then be mailed at once.
     */
    public void revokeLinks(Account account) {
        String subject = String.valueOf(account.id());
        tokens.revoke(ACTIVATION, subject);
        tokens.revoke(PASSWORD_RESET, subject);
        em.createNativeQuery("update registration.account set reset_mailed_at = null where id = ?")
                .setParameter(1, account.id())
                .executeUpdate();
    }

    private void send(Account account, String purpose, Duration validity, String page, String template) {
        String token = tokens.issue(purpose, String.valueOf(account.id()), validity);
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(account.preferredLanguage()));
        // the page opens in the mail's language (its lang parameter), whatever the browser asks for
        String link = links.to(page + "?lang=" + account.preferredLanguage() + "&token=" + token);
        String text = MessageFormat.format(texts.getString(template + ".text"), account.displayName(), link,
                account.email());
        // One mail per token: a retried transaction never mails the same link twice, a new link always goes out.
        outbox.enqueue(purpose + ":" + account.id() + ":" + fingerprint(token),
                new MailMessage(account.email(), texts.getString(template + ".subject"), text, null));
    }

    /** Keeps the token itself out of the key, which is stored long after the token expired. */
    private static String fingerprint(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
