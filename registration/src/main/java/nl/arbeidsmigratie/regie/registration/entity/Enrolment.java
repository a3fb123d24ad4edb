package nl.arbeidsmigratie.regie.registration.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentStatus;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;
import nl.arbeidsmigratie.regie.registration.api.PolicyPhase;

/**
 * A municipality's enrolment for one edition of the circle. Its status moves only through the methods below,
 * each of which refuses a move that makes no sense from where it stands.
 */
@Entity
// Lists read the goals and contacts of all their enrolments in one statement each, not one per enrolment.
@NamedQuery(name = Enrolment.IN_EDITION, query = "select e from Enrolment e join fetch e.municipality "
        + "where e.edition.id = :edition order by e.submittedAt, e.id", hints = {
        @QueryHint(name = "eclipselink.batch.type", value = "IN"),
        @QueryHint(name = "eclipselink.batch", value = "e.learningGoals"),
        @QueryHint(name = "eclipselink.batch", value = "e.otherContacts")})
@NamedQuery(name = Enrolment.WITH_STATUS, query = "select e from Enrolment e "
        + "where e.edition.id = :edition and e.status = :status order by e.submittedAt, e.id")
@NamedQuery(name = Enrolment.BY_MUNICIPALITY, query = "select e from Enrolment e join fetch e.edition "
        + "where e.municipality.code = :code order by e.submittedAt desc, e.id desc", hints = {
        @QueryHint(name = "eclipselink.batch.type", value = "IN"),
        @QueryHint(name = "eclipselink.batch", value = "e.learningGoals"),
        @QueryHint(name = "eclipselink.batch", value = "e.otherContacts")})
@NamedQuery(name = Enrolment.OF_EDITION_AND_MUNICIPALITY, query = "select e from Enrolment e "
        + "where e.edition.id = :edition and e.municipality.code = :code")
@NamedQuery(name = Enrolment.COUNT_BY_STATUS, query = "select e.status, count(e) from Enrolment e "
        + "where e.edition.id = :edition group by e.status")
public class Enrolment {

    public static final String IN_EDITION = "Enrolment.inEdition";
    public static final String WITH_STATUS = "Enrolment.withStatus";
    public static final String BY_MUNICIPALITY = "Enrolment.byMunicipality";
    public static final String OF_EDITION_AND_MUNICIPALITY = "Enrolment.ofEditionAndMunicipality";
    public static final String COUNT_BY_STATUS = "Enrolment.countByStatus";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "edition_id")
    private Edition edition;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_code")
    private Municipality municipality;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_email")
    private String contactEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "policy_phase")
    private PolicyPhase policyPhase;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "enrolment_learning_goal", joinColumns = @JoinColumn(name = "enrolment_id"))
    @Column(name = "goal")
    @Enumerated(EnumType.STRING)
    private Set<LearningGoal> learningGoals = EnumSet.noneOf(LearningGoal.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "enrolment_contact", joinColumns = @JoinColumn(name = "enrolment_id"))
    @OrderColumn(name = "position")
    private List<ContactPerson> otherContacts = new ArrayList<>();

    private String bottlenecks;

    private boolean committed;

    @Enumerated(EnumType.STRING)
    private EnrolmentStatus status;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decline_reason")
    private String declineReason;

    @Version
    private long version;

    protected Enrolment() {
    }

    /**
     * Enrols {@code municipality}: it takes a place when one is left, otherwise it joins the waiting list. The
     * details were validated by the caller; the commitment is checked here again because without it there is
     * no enrolment at all.
     */
    public Enrolment(Edition edition, Municipality municipality, EnrolmentDetails details, boolean placeLeft,
                     Instant now) {
        if (!details.committed()) {
            throw new InvalidInputException("committed", "error.enrolment.commitment.required", "no commitment");
        }
        this.edition = Objects.requireNonNull(edition);
        this.municipality = Objects.requireNonNull(municipality);
        describe(details);
        this.committed = true;
        this.status = placeLeft ? EnrolmentStatus.SUBMITTED : EnrolmentStatus.WAITING_LIST;
        this.submittedAt = Objects.requireNonNull(now);
    }

    /** The validated contents of an enrolment, as the municipality gave them. */
    public record EnrolmentDetails(String contactName, String contactEmail, PolicyPhase policyPhase,
                                   Set<LearningGoal> learningGoals, String bottlenecks, boolean committed,
                                   List<ContactPerson> otherContacts) {
    }

    public void confirm(Instant now) {
        requireStatus("error.enrolment.not-awaiting", EnrolmentStatus.SUBMITTED);
        status = EnrolmentStatus.CONFIRMED;
        decidedAt = now;
    }

    public void decline(String reason, Instant now) {
        requireStatus("error.enrolment.not-awaiting", EnrolmentStatus.SUBMITTED, EnrolmentStatus.WAITING_LIST);
        status = EnrolmentStatus.DECLINED;
        declineReason = Objects.requireNonNull(reason);
        decidedAt = now;
    }

    public void withdraw(Instant now) {
        requireStatus("error.enrolment.not-active", EnrolmentStatus.SUBMITTED, EnrolmentStatus.CONFIRMED,
                EnrolmentStatus.WAITING_LIST);
        status = EnrolmentStatus.WITHDRAWN;
        decidedAt = now;
    }

    /**
     * Replaces what the municipality said of itself, while the enrolment still stands; its status and place stay.
     * The same again is no change, which nobody is told of. The commitment was given at enrolment and is taken back
     * only by withdrawing.
     */
    public void revise(EnrolmentDetails details) {
        requireStatus("error.enrolment.not-active", EnrolmentStatus.SUBMITTED, EnrolmentStatus.CONFIRMED,
                EnrolmentStatus.WAITING_LIST);
        if (says(details)) {
            throw new InvalidInputException(null, "error.enrolment.unchanged", "nothing changed");
        }
        describe(details);
    }

    private boolean says(EnrolmentDetails details) {
        return contactName.equals(details.contactName()) && contactEmail.equals(details.contactEmail())
                && policyPhase == details.policyPhase() && learningGoals.equals(details.learningGoals())
                && bottlenecks.equals(details.bottlenecks()) && otherContacts.equals(details.otherContacts());
    }

    private void describe(EnrolmentDetails details) {
        this.contactName = details.contactName();
        this.contactEmail = details.contactEmail();
        this.policyPhase = Objects.requireNonNull(details.policyPhase());
        this.learningGoals = EnumSet.copyOf(details.learningGoals());
        this.otherContacts = new ArrayList<>(details.otherContacts());
        this.bottlenecks = details.bottlenecks();
    }

    /** The municipality moved on in forming its policy, e.g. when its strategy document was adopted. */
    public void enterPhase(PolicyPhase phase) {
        this.policyPhase = Objects.requireNonNull(phase);
    }

    /** Takes a place that freed up; the coordinator still decides, as for any enrolment holding a place. */
    public void promote() {
        requireStatus("error.enrolment.not-waiting", EnrolmentStatus.WAITING_LIST);
        status = EnrolmentStatus.SUBMITTED;
    }

    private void requireStatus(String messageKey, EnrolmentStatus... allowed) {
        if (!List.of(allowed).contains(status)) {
            throw new InvalidInputException("status", messageKey, "enrolment " + id + " is " + status);
        }
    }

    public Long id() {
        return id;
    }

    public Edition edition() {
        return edition;
    }

    public Municipality municipality() {
        return municipality;
    }

    public String contactName() {
        return contactName;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public PolicyPhase policyPhase() {
        return policyPhase;
    }

    public Set<LearningGoal> learningGoals() {
        return learningGoals.isEmpty() ? EnumSet.noneOf(LearningGoal.class) : EnumSet.copyOf(learningGoals);
    }

    public List<ContactPerson> otherContacts() {
        return List.copyOf(otherContacts);
    }

    public String bottlenecks() {
        return bottlenecks;
    }

    public EnrolmentStatus status() {
        return status;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String declineReason() {
        return declineReason;
    }

    public long version() {
        return version;
    }
}
