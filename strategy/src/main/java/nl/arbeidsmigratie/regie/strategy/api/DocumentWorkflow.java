package nl.arbeidsmigratie.regie.strategy.api;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.platform.api.InputChecks;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.AccountDirectory;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentView;
import nl.arbeidsmigratie.regie.registration.api.Enrolments;
import nl.arbeidsmigratie.regie.registration.api.PolicyPhase;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.strategy.control.DocumentTexts;
import nl.arbeidsmigratie.regie.strategy.control.Documents.Seen;
import nl.arbeidsmigratie.regie.strategy.control.Documents;
import nl.arbeidsmigratie.regie.strategy.control.StrategyAccess.Reach;
import nl.arbeidsmigratie.regie.strategy.control.StrategyAccess;
import nl.arbeidsmigratie.regie.strategy.control.WorkflowMails;
import nl.arbeidsmigratie.regie.strategy.entity.ReviewComment;
import nl.arbeidsmigratie.regie.strategy.entity.Section;
import nl.arbeidsmigratie.regie.strategy.entity.StrategyDocument;
import nl.arbeidsmigratie.regie.strategy.entity.Transition;

/**
 * A document's workflow: draft, in review, adopted, withdrawn. Authors submit their draft to the reviewing
 * coordinator (which saves a version, so the review concerns fixed text); coordinators send it back with their
 * comments, adopt it with the adoption details, or withdraw it; authors withdraw their own draft, and start a new
 * revision of an adopted document. Every step is recorded as a transition, audited and mailed to the people
 * involved through the outbox, all in the transaction of the step. Open review comments block adoption.
 */
@Stateless
public class DocumentWorkflow {

    /** No municipal strategy on housing labour migrants is older: an earlier date is a typing error (1000, 0025). */
    static final LocalDate EARLIEST_ADOPTION = LocalDate.of(2000, 1, 1);

    @PersistenceContext(unitName = "strategy")
    EntityManager em;

    @Inject
    Documents documents;

    @Inject
    StrategyAccess access;

    @Inject
    AccountDirectory directory;

    @Inject
    Enrolments enrolments;

    @Inject
    WorkflowMails mails;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The authors hand their draft to its reviewing coordinator, who must still be an active coordinator. */
    public DocumentView submit(long documentId) {
        return submit(documentId, null);
    }

    /**
     * As {@link #submit(long)}, with a note for the reviewer (what changed since the document was sent back, say);
     * optional. The history and the reviewer's mail carry it.
     */
    public DocumentView submit(long documentId, String note) {
        Seen seen = documents.writable(documentId);
        String toReviewer = DocumentTexts.note("note", note, false);
        StrategyDocument document = seen.document();
        if (document.reviewerEmail() == null) {
            throw new InvalidInputException("reviewerEmail", "error.strategy.reviewer.required",
                    "choose the reviewing coordinator first");
        }
        if (directory.active(document.reviewerEmail()).filter(a -> a.role() == Role.COORDINATOR).isEmpty()) {
            throw new InvalidInputException("reviewerEmail", "error.strategy.reviewer.inactive",
                    document.reviewerEmail() + " is no longer an active coordinator; choose another");
        }
        Instant now = documents.now();
        int version = documents.currentVersion(seen, now);
        document.submit();
        return stepped(seen, DocumentStatus.DRAFT, now, toReviewer, version);
    }

    /**
     * Its authors take their document back from review, as long as the reviewer has not commented on it since it was
     * submitted: a submission made too soon is undone without waiting for the province. Once the review has begun,
     * the reviewer sends it back.
     */
    public DocumentView recall(long documentId) {
        Seen seen = documents.authored(documentId);
        StrategyDocument document = seen.document();
        if (document.status() != DocumentStatus.IN_REVIEW) {
            throw new InvalidInputException("status", "error.strategy.recall.not-in-review",
                    "document " + documentId + " is " + document.status());
        }
        if (reviewBegun(document)) {
            throw new InvalidInputException("status", "error.strategy.recall.review-begun",
                    "the reviewer commented on document " + documentId + " since it was submitted");
        }
        document.recall();
        return stepped(seen, DocumentStatus.IN_REVIEW, documents.now(), null, null);
    }

    /** Whether the authors may take the document back now: it is in review and its reviewer has not yet responded. */
    public boolean recallable(long documentId) {
        Seen seen = documents.readable(documentId);
        StrategyDocument document = seen.document();
        return seen.caller().role() == Role.OFFICER && document.writtenBy(seen.caller().municipalityCode())
                && document.status() == DocumentStatus.IN_REVIEW && !reviewBegun(document);
    }

    /** The reviewer has commented since the document was last submitted. */
    private boolean reviewBegun(StrategyDocument document) {
        Instant submitted = em.createNamedQuery(Transition.OF_DOCUMENT, Transition.class)
                .setParameter("document", document.id()).getResultStream().map(Transition::view)
                .filter(TransitionView::submitted).map(TransitionView::at)
                .reduce((earlier, later) -> later).orElse(Instant.MIN);
        return em.createNamedQuery(ReviewComment.OF_DOCUMENT, ReviewComment.class)
                .setParameter("document", document.id()).getResultStream()
                .anyMatch(comment -> comment.writtenBy(document.reviewerEmail(), submitted));
    }

    /** The coordinator sends a document in review back to its authors, saying what to change. */
    public DocumentView sendBack(long documentId, String comments) {
        Seen seen = decision(documentId);
        String why = DocumentTexts.note("comment", comments, true);
        seen.document().sendBack();
        return stepped(seen, DocumentStatus.IN_REVIEW, documents.now(), why, null);
    }

    /**
     * The coordinator records that the document in review was adopted, with body, date and reference; the latest
     * version is the adopted one.
     */
    public DocumentView adopt(long documentId, Adoption adoption) {
        Seen seen = decision(documentId);
        Adoption checked = checked(adoption);
        List<ReviewComment> open = em.createNamedQuery(ReviewComment.OPEN_OF_DOCUMENT, ReviewComment.class)
                .setParameter("document", documentId).getResultList();
        if (!open.isEmpty()) {
            throw new OpenCommentsException(open.size(),
                    open.stream().map(c -> c.section().title()).distinct().toList());
        }
        int version = documents.latestVersion(seen.document());
        seen.document().adopt(checked, version);
        return stepped(seen, DocumentStatus.IN_REVIEW, documents.now(), null, version);
    }

    /**
     * Withdraws a document: coordinators a draft or one in review, its authors their own draft. A regional agreement,
     * which the region's municipalities write together, is withdrawn by a coordinator or by whoever started it, not by
     * any one of its co-authors for all the others.
     */
    public DocumentView withdraw(long documentId, String reason) {
        AccountView caller = access.caller();
        Seen seen = caller.role() == Role.COORDINATOR ? decision(documentId) : documents.writable(documentId);
        if (caller.role() != Role.COORDINATOR && seen.document().kind() == DocumentKind.REGIONAL_AGREEMENT
                && !caller.email().equalsIgnoreCase(seen.document().createdBy())) {
            throw new InvalidInputException(null, "error.strategy.withdraw.agreement",
                    "a regional agreement is withdrawn by a coordinator or whoever started it");
        }
        String why = DocumentTexts.note("reason", reason, true);
        DocumentStatus from = seen.document().status();
        seen.document().withdraw();
        return stepped(seen, from, documents.now(), why, null);
    }

    /** Its authors start a new revision of an adopted document: a draft with the adopted text, linked to it. */
    public DocumentView newRevision(long documentId) {
        Seen seen = documents.readable(documentId);
        AccountView caller = seen.caller();
        StrategyDocument adopted = seen.document();
        if (caller.role() != Role.OFFICER || !adopted.writtenBy(caller.municipalityCode())) {
            throw new AccessRefusedException("only the document's authors start a new revision");
        }
        // locked, so two clicks at once start one revision, not two drafts side by side
        em.refresh(adopted, LockModeType.PESSIMISTIC_WRITE);
        List<Long> started = em.createQuery("select d.id from StrategyDocument d where d.revisionOf = :document"
                        + " and d.status <> :withdrawn", Long.class).setParameter("document", adopted.id())
                .setParameter("withdrawn", DocumentStatus.WITHDRAWN).setMaxResults(1).getResultList();
        if (!started.isEmpty()) {
            throw new InvalidInputException("status", "error.strategy.revision.exists",
                    "document " + started.get(0) + " is the revision of document " + adopted.id() + " already");
        }
        Instant now = documents.now();
        StrategyDocument revision = adopted.newRevision(now, caller.email());
        em.persist(revision);
        em.flush();
        for (Section section : adopted.sections()) {
            em.persist(section.copyTo(revision));
        }
        em.persist(Transition.created(revision, now, caller.email()));
        audit.record("strategy.document.revision-started", "strategy-document:" + revision.id(),
                Documents.summary(adopted), Documents.summary(revision));
        return documents.view(new Seen(caller, revision, StrategyAccess.reach(caller, revision)));
    }

    /**
     * Every step of the document, oldest first, with its creation and the co-authors added and removed between
     * them, so the history tells the whole story: for anyone who may know the document, auditors included. The
     * review's texts (what a send-back asked, why it was withdrawn) stay between the authors and the coordinators, as
     * the review's comments do: auditors see who took each step and when; officers of another municipality, who read
     * its adopted version, only when.
     */
    public List<TransitionView> history(long documentId) {
        Seen seen = documents.readable(documentId);
        AccountView caller = seen.caller();
        boolean outsider = StrategyAccess.outsider(caller, seen.document());
        boolean takesPart = caller.role() == Role.COORDINATOR || (caller.role() == Role.OFFICER && !outsider);
        Integer adopted = seen.document().adoptedVersion();
        // an outsider reads the adopted version only: another version's number would name one they cannot open
        return em.createNamedQuery(Transition.OF_DOCUMENT, Transition.class)
                .setParameter("document", seen.document().id()).getResultStream().map(Transition::view)
                .map(step -> takesPart ? step : new TransitionView(step.from(), step.to(), step.at(),
                        outsider ? null : step.by(), null, !outsider || Objects.equals(step.versionNumber(), adopted)
                                ? step.versionNumber() : null, step.event(), step.coAuthor()))
                // the creation first: a document made before its history kept creations had it added later
                .sorted(Comparator.comparing((TransitionView step) -> step.event() != TransitionView.Event.CREATED))
                .toList();
    }

    /**
     * The enrolment whose phase could now be set to "policy adopted": the municipality's latest enrolment, when
     * its document is adopted and in force and the enrolment says otherwise; empty for anyone who may not change it.
     */
    public Optional<EnrolmentView> enrolmentToMarkAdopted(long documentId) {
        return enrolmentToMark(documents.readable(documentId));
    }

    /**
     * Accepts the offer: the municipality's enrolment phase becomes "policy adopted". A document no longer in force
     * says nothing of the policy now, and is refused as such.
     */
    public EnrolmentView markEnrolmentPolicyAdopted(long documentId) {
        Seen seen = documents.readable(documentId);
        if (mayMarkEnrolment(seen) && replaced(seen)) {
            throw new InvalidInputException("document", "error.strategy.enrolment.replaced",
                    "document " + documentId + " is no longer in force");
        }
        EnrolmentView enrolment = enrolmentToMark(seen).orElseThrow(() -> new InvalidInputException(
                "document", "error.strategy.enrolment.nothing-to-mark", "no enrolment to mark as policy adopted"));
        return enrolments.changePolicyPhase(enrolment.id(), enrolment.version(), PolicyPhase.POLICY_ADOPTED);
    }

    private Optional<EnrolmentView> enrolmentToMark(Seen seen) {
        if (!mayMarkEnrolment(seen) || replaced(seen)) {
            return Optional.empty();
        }
        return enrolments.latestOf(seen.document().municipalityCode())
                .filter(e -> e.policyPhase() != PolicyPhase.POLICY_ADOPTED);
    }

    /** An adopted document of a municipality, and a caller who may change that municipality's enrolment. */
    private static boolean mayMarkEnrolment(Seen seen) {
        StrategyDocument document = seen.document();
        boolean mayChange = seen.caller().role() == Role.COORDINATOR || (seen.caller().role() == Role.OFFICER
                && seen.caller().municipalityCode().equals(document.municipalityCode()));
        return document.status() == DocumentStatus.ADOPTED && document.municipalityCode() != null && mayChange;
    }

    /** Whether a revision of the document, or a later one of its kind, was adopted in its place. */
    private boolean replaced(Seen seen) {
        return Documents.replaced(documents.ofMunicipality(seen.caller(), seen.document().municipalityCode()))
                .contains(seen.document().id());
    }

    private Seen decision(long documentId) {
        AccountView coordinator = access.coordinator();
        Seen seen = documents.readable(documentId);
        em.refresh(seen.document(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        return new Seen(coordinator, seen.document(), Reach.CONTENT);
    }

    /** The adoption as recorded, or a refusal naming every field left out or wrong at once. */
    private Adoption checked(Adoption adoption) {
        Adoption given = adoption == null ? new Adoption(null, null, null) : adoption;
        InputChecks checks = new InputChecks();
        checks.require(given.body() != null, "body", "error.strategy.adoption.body-required",
                "say who adopted the document");
        checks.require(given.date() != null && !given.date().isAfter(DutchTime.today(clock))
                && !given.date().isBefore(EARLIEST_ADOPTION), "date", "error.strategy.adoption.date-invalid",
                "the adoption date is required, cannot lie in the future and lies on or after " + EARLIEST_ADOPTION);
        String reference = given.reference() == null ? "" : given.reference().strip();
        checks.require(!reference.isEmpty(), "reference", "error.strategy.adoption.reference-required",
                "a reference number or link is required");
        checks.refuseIfBroken();
        return new Adoption(given.body(), given.date(), DocumentTexts.note("reference", reference, true));
    }

    private DocumentView stepped(Seen seen, DocumentStatus from, Instant at, String comment, Integer version) {
        StrategyDocument document = seen.document();
        em.flush();
        Transition transition = new Transition(document, from, at, seen.caller().email(), comment, version);
        em.persist(transition);
        em.flush();
        documents.touch(document, at);
        audit.record("strategy.document." + document.status().name().toLowerCase(java.util.Locale.ROOT),
                "strategy-document:" + document.id(), Map.of("status", from.name()), withoutText(transition.view()));
        mails.announce(document, transition, seen.caller().displayName());
        return documents.view(new Seen(seen.caller(), document, StrategyAccess.reach(seen.caller(), document)));
    }

    /** A step as the audit trail, which auditors read, keeps it: whether it was explained, not what the review said. */
    private static Map<String, Object> withoutText(TransitionView step) {
        Map<String, Object> kept = new LinkedHashMap<>();
        kept.put("status", step.to().name());
        kept.put("from", step.from());
        kept.put("to", step.to());
        kept.put("at", step.at());
        kept.put("by", step.by());
        kept.put("comment", step.comment() != null);
        kept.put("versionNumber", step.versionNumber());
        return kept;
    }
}
