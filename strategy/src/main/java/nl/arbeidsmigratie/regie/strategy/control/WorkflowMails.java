package nl.arbeidsmigratie.regie.strategy.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import nl.arbeidsmigratie.regie.platform.api.DutchDates;
import nl.arbeidsmigratie.regie.platform.api.MailMessage;
import nl.arbeidsmigratie.regie.platform.api.Outbox;
import nl.arbeidsmigratie.regie.platform.api.PublicLinks;
import nl.arbeidsmigratie.regie.registration.api.AccountDirectory;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.strategy.api.Adoption;
import nl.arbeidsmigratie.regie.strategy.api.DocumentStatus;
import nl.arbeidsmigratie.regie.strategy.entity.StrategyDocument;
import nl.arbeidsmigratie.regie.strategy.entity.Transition;

/**
 * Tells the people involved in a document about a step of its workflow: its authors (the active officers of its
 * municipality or co-author municipalities) and its reviewing coordinator, if still active. Each mail is worded in
 * its recipient's language and queued in the outbox in the transaction of the step, keyed by the step and the
 * recipient, so a step is mailed exactly once. An adoption's mail names the decision (by whom, when, its reference)
 * and, for a revision, the document it replaces.
 */
@Dependent
public class WorkflowMails {

    static final String MAILS = "nl.arbeidsmigratie.regie.strategy.workflow_mails";

    @PersistenceContext(unitName = "strategy")
    EntityManager em;

    @Inject
    AccountDirectory directory;

    @Inject
    Outbox outbox;

    @Inject
    PublicLinks links;

    /** Mails everyone involved in the document about the step, except whoever took it. */
    public void announce(StrategyDocument document, Transition transition, String actorName) {
        String actor = transition.view().by();
        for (AccountView recipient : involved(document).values()) {
            if (recipient.email().equalsIgnoreCase(actor)) {
                continue;
            }
            outbox.enqueue("strategy-document:" + document.id() + ":transition:" + transition.id() + ":"
                    + recipient.id(), mail(document, transition, actorName, recipient));
        }
    }

    private Map<String, AccountView> involved(StrategyDocument document) {
        Map<String, AccountView> people = new LinkedHashMap<>();
        if (document.municipalityCode() != null) {
            directory.officersOf(document.municipalityCode()).forEach(a -> people.put(a.email(), a));
        }
        document.coAuthors().forEach(c -> directory.officersOf(c.municipalityCode())
                .forEach(a -> people.put(a.email(), a)));
        if (document.reviewerEmail() != null) {
            directory.active(document.reviewerEmail()).ifPresent(a -> people.put(a.email(), a));
        }
        return people;
    }

    private MailMessage mail(StrategyDocument document, Transition transition, String actorName,
                             AccountView recipient) {
        ResourceBundle texts = ResourceBundle.getBundle(MAILS, Locale.forLanguageTag(recipient.preferredLanguage()),
                WorkflowMails.class.getClassLoader());
        var step = transition.view();
        Adoption adoption = step.to() == DocumentStatus.ADOPTED ? document.adoption() : null;
        // an adopted revision puts the document it revises out of force
        StrategyDocument revised = adoption == null || document.revisionOf() == null ? null
                : em.find(StrategyDocument.class, document.revisionOf());
        Object[] values = {document.title(), document.region() != null ? document.region()
                : document.municipalityName(), actorName, step.comment() == null ? "" : step.comment(),
                links.to("/app/strategy/document.xhtml?id=" + document.id()),
                step.versionNumber() == null ? "" : String.valueOf(step.versionNumber()),
                adoption == null ? "" : texts.getString("mail.body." + adoption.body().name()),
                adoption == null ? "" : DutchDates.DATE.format(adoption.date()),
                adoption == null ? "" : adoption.reference(),
                revised == null ? "" : revised.title(),
                revised == null || revised.adoption() == null ? "" : DutchDates.DATE.format(revised.adoption().date())};
        // back to draft without a reviewer's comments: the authors took it back themselves
        String key = step.to() == DocumentStatus.DRAFT && step.comment() == null ? "mail.RECALLED"
                : "mail." + step.to().name();
        // a step that needs no explanation may still have one, as a document handed in again may
        String text = step.comment() != null && texts.containsKey(key + ".explained.text") ? key + ".explained.text"
                : revised != null ? key + ".revision.text" : key + ".text";
        return new MailMessage(recipient.email(), MessageFormat.format(texts.getString(key + ".subject"), values),
                MessageFormat.format(texts.getString(text), values) + texts.getString("mail.signature"), null);
    }
}
