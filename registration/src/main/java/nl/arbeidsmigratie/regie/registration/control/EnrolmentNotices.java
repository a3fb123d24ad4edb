package nl.arbeidsmigratie.regie.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.util.EnumSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.MailMessage;
import nl.arbeidsmigratie.regie.platform.api.Outbox;
import nl.arbeidsmigratie.regie.platform.api.PublicLinks;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentContact;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentView;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.registration.entity.Account;
import nl.arbeidsmigratie.regie.registration.entity.Enrolment;

/**
 * Everything that follows a change of an enrolment, in the transaction of the change: the audit entry, the
 * mail to each contact person (through the outbox, so a mail server that is down never loses the change), a
 * mail to every other active coordinator when a municipality enrols or withdraws (their decision is waited
 * for, or a place freed), and the event for other modules.
 */
@Dependent
public class EnrolmentNotices {

    static final String MAILS = "nl.arbeidsmigratie.regie.registration.circle_mails";

    /**
     * Mails go out in Dutch, the language of the circle and its participants, to a contact person without an account;
     * one with an account reads them in its language, as the meetings' mails reach them.
     */
    private static final Locale MAIL_LANGUAGE = Locale.forLanguageTag("nl");

    @PersistenceContext(unitName = "registration")
    EntityManager em;

    @Inject
    EnrolmentRegister register;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    PublicLinks links;

    @Inject
    Event<Object> events;

    @Inject
    CurrentAccount currentAccount;

    /** The changes a coordinator did not make and must hear of. */
    private static final Set<EnrolmentChange> FOR_COORDINATORS = EnumSet.of(EnrolmentChange.SUBMITTED,
            EnrolmentChange.WAITLISTED, EnrolmentChange.WITHDRAWN);

    /** Announces {@code change}; {@code before} is the enrolment as it was, null for a new one. */
    public EnrolmentView announce(EnrolmentChange change, Enrolment enrolment, EnrolmentView before) {
        em.flush();
        EnrolmentView after = register.view(enrolment);
        audit.record(change.auditAction(), "enrolment:" + enrolment.id(), before, after);
        String key = "enrolment:" + enrolment.id() + ":" + enrolment.status() + ":" + enrolment.version();
        outbox.enqueue(key, mail(change, after, new EnrolmentContact(after.contactName(), after.contactEmail())));
        for (int i = 0; i < after.otherContacts().size(); i++) {
            outbox.enqueue(key + ":contact:" + i, mail(change, after, after.otherContacts().get(i)));
        }
        if (FOR_COORDINATORS.contains(change)) {
            Long actor = currentAccount.find().map(Account::id).orElse(null);
            for (Account coordinator : em.createNamedQuery(Account.ACTIVE_WITH_ROLE, Account.class)
                    .setParameter("role", Role.COORDINATOR).getResultList()) {
                if (!coordinator.id().equals(actor)) {
                    outbox.enqueue(key + ":coordinator:" + coordinator.id(), coordinatorMail(change, after, coordinator));
                }
            }
        }
        events.fire(change.event(enrolment.id(), after.editionId(), after.municipalityCode()));
        return after;
    }

    private MailMessage coordinatorMail(EnrolmentChange change, EnrolmentView enrolment, Account coordinator) {
        ResourceBundle texts = ResourceBundle.getBundle(MAILS, Locale.forLanguageTag(coordinator.preferredLanguage()),
                EnrolmentNotices.class.getClassLoader());
        Object[] values = {enrolment.municipalityName(), enrolment.editionTitle(), coordinator.displayName(),
            enrolment.contactName(), enrolment.contactEmail(), enrolment.waitingPosition(),
            links.to("/app/registration/enrolments.xhtml?edition=" + enrolment.editionId())};
        String key = "mail.coordinator." + change.name().toLowerCase(Locale.ROOT);
        return new MailMessage(coordinator.email(),
                MessageFormat.format(texts.getString(key + ".subject"), values),
                MessageFormat.format(texts.getString(key + ".text"), values)
                        + texts.getString("mail.coordinator.signature"), null);
    }

    /** A mail to one of the enrolment's contacts, greeted by their own name. */
    private MailMessage mail(EnrolmentChange change, EnrolmentView enrolment, EnrolmentContact recipient) {
        Locale language = currentAccount.byEmail(recipient.email()).filter(Account::active)
                .map(account -> Locale.forLanguageTag(account.preferredLanguage())).orElse(MAIL_LANGUAGE);
        ResourceBundle texts = ResourceBundle.getBundle(MAILS, language, EnrolmentNotices.class.getClassLoader());
        Object[] values = {enrolment.municipalityName(), enrolment.editionTitle(), recipient.name(),
                enrolment.declineReason(), enrolment.waitingPosition(), links.to("/circle.xhtml?edition="
                + enrolment.editionId())};
        String key = "mail." + change.name().toLowerCase(Locale.ROOT);
        return new MailMessage(recipient.email(),
                MessageFormat.format(texts.getString(key + ".subject"), values),
                MessageFormat.format(texts.getString(key + ".text"), values) + texts.getString("mail.signature"),
                null);
    }
}
