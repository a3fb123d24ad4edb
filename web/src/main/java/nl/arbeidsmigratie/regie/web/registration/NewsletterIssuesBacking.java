package nl.arbeidsmigratie.regie.web.registration;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import nl.arbeidsmigratie.regie.platform.api.DutchDates;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.platform.api.RichText;
import nl.arbeidsmigratie.regie.registration.api.IssueDraft;
import nl.arbeidsmigratie.regie.registration.api.IssueView;
import nl.arbeidsmigratie.regie.registration.api.Newsletter;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import nl.arbeidsmigratie.regie.web.faces.LanguageBacking;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The coordinator's newsletter page: the issues, when the next is due, writing, previewing and sending. */
@Named
@ViewScoped
public class NewsletterIssuesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Newsletter newsletter;

    @Inject
    LanguageBacking languages;

    private List<IssueView> issues;
    private Instant nextDue;

    private IssueView editing;
    private IssueView conflict;
    private String subject;
    private String body;
    private String language;
    private String previewHtml;

    private IssueView previewing;
    private IssueView sending;
    /** How many confirmed subscribers the issue being confirmed would reach. */
    private long sendingAudience;

    @PostConstruct
    void load() {
        issues = newsletter.issues();
        nextDue = newsletter.nextIssueDue();
    }

    public void startNew() {
        editing = null;
        conflict = null;
        subject = null;
        body = null;
        previewHtml = null;
        language = languages.getLocale().getLanguage();
    }

    public void startEditing(long id) {
        newsletter.issue(id).ifPresent(issue -> {
            edit(issue);
            conflict = null;
            previewHtml = null;
        });
    }

    /** Shows the body as it will be sent: sanitised, so what is previewed is what subscribers get. */
    public void previewDraft() {
        previewHtml = newsletter.preview(body);
    }

    public void save() {
        FacadeCalls.of(() -> {
            IssueDraft draft = new IssueDraft(subject, body, language);
            IssueView saved = editing == null ? newsletter.draft(draft)
                    : newsletter.change(editing.id(), editing.version(), draft);
            Messages.addGlobalInfo("newsletter.issue.saved", saved.subject());
            // what was left out of the text as typed or pasted is said, as the issue goes out without it
            RichText.Sanitized kept = RichText.sanitize(body);
            if (kept.imagesRemoved()) {
                Messages.addGlobalWarn("newsletter.issue.images-removed");
            }
            if (kept.markupRemoved()) {
                Messages.addGlobalWarn("newsletter.issue.markup-removed");
            }
            edit(saved);
            conflict = null;
            load();
        }).onConflict(e -> {
            // Keep what the user typed; show what the other person saved, so they decide.
            conflict = (IssueView) e.current();
            editing = conflict;
            // in the dialog only: the page's toast would repeat it behind the dialog
            Messages.addWarn("editForm:save", "newsletter.issue.conflict");
        }).onInvalid(e -> Messages.addError("editForm:" + field(e.field()), e.messageKey(), e.arguments())).run();
    }

    public void showPreview(long id) {
        previewing = newsletter.issue(id).orElse(null);
    }

    public void testSend(long id) {
        FacadeCalls.attempt(() -> {
            newsletter.testSend(id);
            Messages.addGlobalInfo("newsletter.issue.test-sent", Faces.getRemoteUser());
        });
    }

    public void confirmSending(long id) {
        sending = newsletter.issue(id).orElse(null);
        sendingAudience = sending == null ? 0 : newsletter.audience(id);
    }

    public void send() {
        FacadeCalls.attempt(() -> {
            IssueView sent = newsletter.send(sending.id());
            Messages.addGlobalInfo("newsletter.issue.sent-to", sent.subject(), sent.recipients());
        });
        sending = null;
        load();
    }

    /** Removes the draft as it was listed; when someone saved it since, the list shows their version instead. */
    public void removeDraft(long id, long version) {
        FacadeCalls.of(() -> {
            IssueView removed = newsletter.removeDraft(id, version);
            Messages.addGlobalInfo("newsletter.issue.removed", removed.subject());
        }).onConflict("newsletter.issue.remove.conflict").run();
        load();
    }

    public String getNextDue() {
        return DutchDates.format(nextDue.atZone(DutchTime.ZONE).toLocalDate(), Faces.getLocale());
    }

    private void edit(IssueView issue) {
        editing = issue;
        subject = issue.subject();
        body = issue.bodyHtml();
        language = issue.language();
    }

    private static String field(String name) {
        return switch (name) {
            case "subject" -> "subject";
            case "body" -> "body";
            case "language" -> "language";
            default -> "save";
        };
    }

    public List<IssueView> getIssues() {
        return issues;
    }

    public IssueView getEditing() {
        return editing;
    }

    public IssueView getConflict() {
        return conflict;
    }

    public IssueView getPreviewing() {
        return previewing;
    }

    public IssueView getSending() {
        return sending;
    }

    public long getSendingAudience() {
        return sendingAudience;
    }

    public String getPreviewHtml() {
        return previewHtml;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
