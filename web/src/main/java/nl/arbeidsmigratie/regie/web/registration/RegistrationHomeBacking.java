package nl.arbeidsmigratie.regie.web.registration;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.AuditReview;
import nl.arbeidsmigratie.regie.registration.api.EditionView;
import nl.arbeidsmigratie.regie.registration.api.Editions;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentView;
import nl.arbeidsmigratie.regie.registration.api.Enrolments;
import nl.arbeidsmigratie.regie.registration.api.Newsletter;
import nl.arbeidsmigratie.regie.registration.api.VerificationRun;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import nl.arbeidsmigratie.regie.web.faces.LayoutBacking;

/**
 * Registration's part of the home page, by role: a coordinator's enrolments awaiting a decision and the next
 * newsletter due, an officer's enrolment in the learning circle, an auditor's last verification of the audit
 * trail with the button to run it again.
 */
@Named
@ViewScoped
public class RegistrationHomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Editions editions;

    @Inject
    Enrolments enrolments;

    @Inject
    Newsletter newsletter;

    @Inject
    AuditReview auditReview;

    @Inject
    LayoutBacking layout;

    private List<EditionView> awaitingDecision = List.of();
    private Instant nextIssueDue;
    private EditionView openEdition;
    private List<EnrolmentView> ownEnrolments = List.of();
    private VerificationRun lastVerification;

    @PostConstruct
    void load() {
        AccountView account = layout.getAccount();
        if (account == null) {
            return;
        }
        switch (account.role()) {
            case COORDINATOR -> FacadeCalls.attempt(() -> {
                awaitingDecision = editions.list().stream().filter(e -> e.awaiting() > 0).toList();
                nextIssueDue = newsletter.nextIssueDue();
            });
            case OFFICER -> FacadeCalls.attempt(() -> {
                ownEnrolments = enrolments.own().stream().filter(e -> e.status().isOpen()).toList();
                openEdition = editions.current().filter(e -> e.state().acceptsEnrolments()).orElse(null);
            });
            case AUDITOR -> loadVerification();
        }
    }

    private void loadVerification() {
        FacadeCalls.attempt(() -> lastVerification = auditReview.lastVerification().orElse(null));
    }

    /** Verifies the whole audit trail now; the outcome is shown (and announced) as the last verification. */
    public void verify() {
        if (FacadeCalls.attempt(auditReview::verify)) {
            loadVerification();
        }
    }

    public List<EditionView> getAwaitingDecision() {
        return awaitingDecision;
    }

    public Instant getNextIssueDue() {
        return nextIssueDue;
    }

    /** Whether the next issue's day has come (or passed). */
    public boolean isIssueDue() {
        return nextIssueDue != null && !nextIssueDue.isAfter(Instant.now());
    }

    public EditionView getOpenEdition() {
        return openEdition;
    }

    public List<EnrolmentView> getOwnEnrolments() {
        return ownEnrolments;
    }

    /** An officer whose municipality holds no open enrolment in the edition now accepting them. */
    public boolean isMayEnrol() {
        return openEdition != null && ownEnrolments.stream().noneMatch(e -> e.editionId() == openEdition.id());
    }

    public VerificationRun getLastVerification() {
        return lastVerification;
    }
}
