package nl.arbeidsmigratie.regie.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.MailMessage;
import nl.arbeidsmigratie.regie.platform.api.Outbox;
import nl.arbeidsmigratie.regie.platform.api.PublicLinks;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentView;
import nl.arbeidsmigratie.regie.registration.entity.Enrolment;

/**
 * Everything that follows a change of an enrolment, in the transaction of the change: the audit entry, the
 * mail to the contact person (through the outbox, so a mail server that is down never loses the change) and
 * the event for other modules.
 */
@Dependent
public class EnrolmentNotices {

    static final String MAILS = "nl.arbeidsmigratie.regie.registration.circle_mails";

    /** Mails go out in Dutch, the language of the circle and its participants. */
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

    /** Announces {@code change}; {@code before} is the enrolment as it was, null for a new one. */
    public EnrolmentView announce(EnrolmentChange change, Enrolment enrolment, EnrolmentView before) {
        em.flush();
        EnrolmentView after = register.view(enrolment);
        audit.record(change.auditAction(), "enrolment:" + enrolment.id(), before, after);
        outbox.enqueue("enrolment:" + enrolment.id() + ":" + enrolment.status() + ":" + enrolment.version(),
                mail(change, after));
        events.fire(change.event(enrolment.id(), after.editionId(), after.municipalityCode()));
        return after;
    }

    private MailMessage mail(EnrolmentChange change, EnrolmentView enrolment) {
        ResourceBundle texts = ResourceBundle.getBundle(MAILS, MAIL_LANGUAGE, EnrolmentNotices.class.getClassLoader());
        Object[] values = {enrolment.municipalityName(), enrolment.editionTitle(), enrolment.contactName(),
                enrolment.declineReason(), enrolment.waitingPosition(), links.to("/circle.xhtml?edition="
                + enrolment.editionId())};
        String key = "mail." + change.name().toLowerCase(Locale.ROOT);
        return new MailMessage(enrolment.contactEmail(),
                MessageFormat.format(texts.getString(key + ".subject"), values),
                MessageFormat.format(texts.getString(key + ".text"), values) + texts.getString("mail.signature"),
                null);
    }
}
