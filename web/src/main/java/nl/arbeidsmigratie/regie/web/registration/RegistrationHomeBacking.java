package nl.arbeidsmigratie.regie.web.registration;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.AuditReview;
import nl.arbeidsmigratie.regie.registration.api.EditionView;
import nl.arbeidsmigratie.regie.registration.api.Editions;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentStatus;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentView;
import nl.arbeidsmigratie.regie.registration.api.Enrolments;
import nl.arbeidsmigratie.regie.registration.api.Newsletter;
import nl.arbeidsmigratie.regie.registration.api.VerificationRun;
import nl.arbeidsmigratie.regie.web.faces.CurrentEdition;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import nl.arbeidsmigratie.regie.web.faces.LayoutBacking;

/**
 * Registration's part of the home page, by role: a coordinator's enrolments awaiting a decision, the latest
 * enrolments and withdrawals of the last {@value #NEWS_DAYS} days and the next newsletter due, an officer's
 * enrolment in the learning circle, an auditor's last verification of the audit trail with the button to run it
 * again.
 */
@Named
@ViewScoped
public class RegistrationHomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How far back the coordinator is told of new enrolments and withdrawals: two weeks between visits at most. */
    static final int NEWS_DAYS = 14;
    /** The latest few: the enrolments page holds the rest. */
    private static final int NEWS_SHOWN = 10;

    @Inject
    Editions editions;

    @Inject
    CurrentEdition currentEdition;

    @Inject
    Enrolments enrolments;

    @Inject
    Newsletter newsletter;

    @Inject
    AuditReview auditReview;

    @Inject
    LayoutBacking layout;

    private List<EditionView> awaitingDecision = List.of();
    private List<EnrolmentView> news = List.of();
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
                List<EditionView> all = editions.list();
                awaitingDecision = all.stream().filter(e -> e.awaiting() > 0).toList();
                news = news(all, Instant.now().minus(Duration.ofDays(NEWS_DAYS)));
                nextIssueDue = newsletter.nextIssueDue();
            });
            case OFFICER -> FacadeCalls.attempt(() -> {
                openEdition = currentEdition.get().filter(e -> e.state().acceptsEnrolments()).orElse(null);
                // a municipality enrols once per edition: one declined or withdrawn in the open edition is shown, and
                // no enrolment offered that the rule would refuse
                ownEnrolments = enrolments.own().stream().filter(e -> e.status().isOpen()
                        || openEdition != null && e.editionId() == openEdition.id()).toList();
            });
            case AUDITOR -> loadVerification();
        }
    }

    /** Enrolments that arrived or were withdrawn since {@code since}, the latest first. */
    private List<EnrolmentView> news(List<EditionView> all, Instant since) {
        return all.stream().flatMap(e -> enrolments.list(e.id(), null).stream())
                .filter(e -> e.submittedAt().isAfter(since) || isWithdrawal(e) && e.decidedAt().isAfter(since))
                .sorted(Comparator.comparing(RegistrationHomeBacking::newsMoment).reversed())
                .limit(NEWS_SHOWN).toList();
    }

    private static boolean isWithdrawal(EnrolmentView enrolment) {
        return enrolment.status() == EnrolmentStatus.WITHDRAWN && enrolment.decidedAt() != null;
    }

    /** When the news happened: the withdrawal, or else the arrival. */
    private static Instant newsMoment(EnrolmentView enrolment) {
        return isWithdrawal(enrolment) ? enrolment.decidedAt() : enrolment.submittedAt();
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

    /** New enrolments and withdrawals of the last {@value #NEWS_DAYS} days, the latest first. */
    public List<EnrolmentView> getNews() {
        return news;
    }

    public int getNewsDays() {
        return NEWS_DAYS;
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
