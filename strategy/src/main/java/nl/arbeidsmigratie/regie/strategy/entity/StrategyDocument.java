package nl.arbeidsmigratie.regie.strategy.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.PolicyField;
import nl.arbeidsmigratie.regie.strategy.api.Adoption;
import nl.arbeidsmigratie.regie.strategy.api.AdoptionBody;
import nl.arbeidsmigratie.regie.strategy.api.CoAuthor;
import nl.arbeidsmigratie.regie.strategy.api.DocumentKind;
import nl.arbeidsmigratie.regie.strategy.api.DocumentStatus;
import nl.arbeidsmigratie.regie.strategy.api.RevisedDocument;

/**
 * A strategy document: a municipality's own, or a regional agreement written by the region's members. Its
 * sections are the working copy; the versions saved from it are {@link DocumentVersion}s.
 */
@Entity
@Table(name = "document")
// Lists read the policy fields and co-authors of all their documents in one statement each, not one per document.
@NamedQuery(name = StrategyDocument.ALL, query = "select d from StrategyDocument d order by d.lastActivityAt desc, d.id",
        hints = {
                @QueryHint(name = "eclipselink.batch.type", value = "IN"),
                @QueryHint(name = "eclipselink.batch", value = "d.policyFields"),
                @QueryHint(name = "eclipselink.batch", value = "d.coAuthors")})
@NamedQuery(name = StrategyDocument.SEEN_BY_OFFICER, query = "select distinct d from StrategyDocument d "
        + "left join d.coAuthors c where d.municipalityCode = :code or c.municipalityCode = :code "
        + "or d.status = nl.arbeidsmigratie.regie.strategy.api.DocumentStatus.ADOPTED "
        + "order by d.lastActivityAt desc, d.id", hints = {
        @QueryHint(name = "eclipselink.batch.type", value = "IN"),
        @QueryHint(name = "eclipselink.batch", value = "d.policyFields"),
        @QueryHint(name = "eclipselink.batch", value = "d.coAuthors")})
@NamedQuery(name = StrategyDocument.OF_MUNICIPALITY, query = "select d from StrategyDocument d "
        + "where d.municipalityCode = :code order by d.lastActivityAt desc, d.id")
@NamedQuery(name = StrategyDocument.FOLLOW_REGION,
        query = "update StrategyDocument d set d.region = :name where d.region = :formerName")
public class StrategyDocument {

    public static final String ALL = "StrategyDocument.all";
    public static final String OF_MUNICIPALITY = "StrategyDocument.ofMunicipality";
    public static final String SEEN_BY_OFFICER = "StrategyDocument.seenByOfficer";
    /** A renamed region's agreements take its new name, by which the overview and its members find them. */
    public static final String FOLLOW_REGION = "StrategyDocument.followRegion";
    /**
     * Of a municipality's adopted documents of a kind it has one of in force, the one in force first: the one adopted
     * last, and of two adopted on one day the one made later.
     */
    public static final Comparator<StrategyDocument> LATEST_ADOPTED_FIRST = Comparator
            .comparing((StrategyDocument d) -> d.adoptionDate).thenComparing(StrategyDocument::id).reversed();
    /**
     * Marks activity without taking the document's version (a JPQL update would), so saving a section never
     * collides with a change of the document's details.
     */
    public static final String TOUCH = "update strategy.document set last_activity_at = ?1 "
            + "where id = ?2 and last_activity_at < ?1";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private DocumentKind kind;

    private String title;

    @Enumerated(EnumType.STRING)
    private DocumentStatus status;

    @Column(name = "municipality_code")
    private String municipalityCode;

    @Column(name = "municipality_name")
    private String municipalityName;

    private String region;

    @Column(name = "reviewer_email")
    private String reviewerEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "adoption_body")
    private AdoptionBody adoptionBody;

    @Column(name = "adoption_date")
    private LocalDate adoptionDate;

    @Column(name = "adoption_reference")
    private String adoptionReference;

    @Column(name = "adopted_version")
    private Integer adoptedVersion;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id")
    private TemplateVersion template;

    @Column(name = "revision_of")
    private Long revisionOf;

    /** The same column as the document it revises, to name that one in this one's lists and page. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "revision_of", insertable = false, updatable = false)
    private StrategyDocument revised;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "last_activity_at")
    private Instant lastActivityAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "document_policy_field", joinColumns = @JoinColumn(name = "document_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "field")
    private Set<PolicyField> policyFields = EnumSet.noneOf(PolicyField.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "document_coauthor", joinColumns = @JoinColumn(name = "document_id"))
    @OrderBy("municipalityName")
    private List<Member> coAuthors = new ArrayList<>();

    @OneToMany(mappedBy = "document")
    @OrderBy("position")
    private List<Section> sections = new ArrayList<>();

    /** A co-author municipality as stored. */
    @Embeddable
    public static class Member {
        @Column(name = "municipality_code")
        private String municipalityCode;
        @Column(name = "municipality_name")
        private String municipalityName;

        protected Member() {
        }

        Member(CoAuthor coAuthor) {
            this.municipalityCode = coAuthor.municipalityCode();
            this.municipalityName = coAuthor.municipalityName();
        }

        CoAuthor view() {
            return new CoAuthor(municipalityCode, municipalityName);
        }
    }

    protected StrategyDocument() {
    }

    private StrategyDocument(DocumentKind kind, String title, Set<PolicyField> fields, TemplateVersion template,
                             Instant at, String by) {
        this.kind = Objects.requireNonNull(kind);
        this.title = Objects.requireNonNull(title);
        this.status = DocumentStatus.DRAFT;
        this.policyFields.addAll(fields);
        this.template = Objects.requireNonNull(template);
        this.createdAt = at;
        this.createdBy = by;
        this.lastActivityAt = at;
    }

    public static StrategyDocument ofMunicipality(DocumentKind kind, String title, Set<PolicyField> fields,
                                                  String code, String name, TemplateVersion template,
                                                  Instant at, String by) {
        if (kind == DocumentKind.REGIONAL_AGREEMENT) {
            throw new IllegalArgumentException("a regional agreement belongs to a region");
        }
        StrategyDocument document = new StrategyDocument(kind, title, fields, template, at, by);
        document.municipalityCode = Objects.requireNonNull(code);
        document.municipalityName = name;
        return document;
    }

    public static StrategyDocument regionalAgreement(String title, Set<PolicyField> fields, String region,
                                                     List<CoAuthor> members, TemplateVersion template,
                                                     Instant at, String by) {
        StrategyDocument document = new StrategyDocument(DocumentKind.REGIONAL_AGREEMENT, title, fields, template,
                at, by);
        document.region = Objects.requireNonNull(region);
        members.forEach(document::addCoAuthor);
        return document;
    }

    /** Whether officers of this municipality write the document: its own, or a co-author of the agreement. */
    public boolean writtenBy(String code) {
        return code != null && (code.equals(municipalityCode)
                || coAuthors.stream().anyMatch(m -> m.municipalityCode.equals(code)));
    }

    public boolean addCoAuthor(CoAuthor coAuthor) {
        if (writtenBy(coAuthor.municipalityCode())) {
            return false;
        }
        coAuthors.add(new Member(coAuthor));
        return true;
    }

    public boolean removeCoAuthor(String code) {
        return coAuthors.removeIf(m -> m.municipalityCode.equals(code));
    }

    public void describe(String newTitle, Set<PolicyField> fields, String reviewer) {
        this.title = Objects.requireNonNull(newTitle);
        this.policyFields.clear();
        this.policyFields.addAll(fields);
        this.reviewerEmail = reviewer;
    }

    /** Whether the document is described so already: a change to these is none. */
    public boolean describedAs(String someTitle, Set<PolicyField> fields, String reviewer) {
        return title.equals(someTitle) && policyFields.equals(fields) && Objects.equals(reviewerEmail, reviewer);
    }

    /** Hands a draft to the reviewing coordinator. */
    public void submit() {
        move(DocumentStatus.DRAFT, DocumentStatus.IN_REVIEW);
    }

    /** The reviewer sends the document back to its authors. */
    public void sendBack() {
        move(DocumentStatus.IN_REVIEW, DocumentStatus.DRAFT);
    }

    /** The authors take the document back from review to go on writing. */
    public void recall() {
        move(DocumentStatus.IN_REVIEW, DocumentStatus.DRAFT);
    }

    /** Adopted as version {@code versionNumber}; from now on the document is read-only. */
    public void adopt(Adoption adoption, int versionNumber) {
        move(DocumentStatus.IN_REVIEW, DocumentStatus.ADOPTED);
        this.adoptionBody = adoption.body();
        this.adoptionDate = adoption.date();
        this.adoptionReference = adoption.reference();
        this.adoptedVersion = versionNumber;
    }

    public void withdraw() {
        move(status == DocumentStatus.IN_REVIEW ? DocumentStatus.IN_REVIEW : DocumentStatus.DRAFT,
                DocumentStatus.WITHDRAWN);
    }

    /**
     * A new draft of this adopted document, with its owner, co-authors and reviewer (who reads the revision as they read
     * the document); the sections are copied by the caller.
     */
    public StrategyDocument newRevision(Instant at, String by) {
        if (status != DocumentStatus.ADOPTED) {
            throw new InvalidInputException("status", "error.strategy.revision.not-adopted",
                    "only an adopted document gets a new revision");
        }
        StrategyDocument revision = new StrategyDocument(kind, title, policyFields, template, at, by);
        revision.municipalityCode = municipalityCode;
        revision.municipalityName = municipalityName;
        revision.region = region;
        revision.revisionOf = id;
        revision.revised = this;
        revision.reviewerEmail = reviewerEmail;
        coAuthors().forEach(revision::addCoAuthor);
        return revision;
    }

    private void move(DocumentStatus from, DocumentStatus to) {
        if (status != from) {
            throw new InvalidInputException("status", "error.strategy.transition.not-allowed",
                    "only a document that is " + words(from) + " can take this step; this one is " + words(status));
        }
        status = to;
    }

    /** A status as a caller of the API reads it in a sentence: in review, not IN_REVIEW. */
    private static String words(DocumentStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public Long id() {
        return id;
    }

    public DocumentKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public DocumentStatus status() {
        return status;
    }

    public String municipalityCode() {
        return municipalityCode;
    }

    public String municipalityName() {
        return municipalityName;
    }

    public String region() {
        return region;
    }

    public String reviewerEmail() {
        return reviewerEmail;
    }

    public Adoption adoption() {
        return adoptionBody == null ? null : new Adoption(adoptionBody, adoptionDate, adoptionReference);
    }

    /** The number of the version that was adopted, null while none was. */
    public Integer adoptedVersion() {
        return adoptedVersion;
    }

    public TemplateVersion template() {
        return template;
    }

    public Long revisionOf() {
        return revisionOf;
    }

    /** The adopted document this one is a revision of, null when it is none. */
    public RevisedDocument revises() {
        return revised == null ? null : new RevisedDocument(revised.id, revised.title, revised.adoptionDate);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant lastActivityAt() {
        return lastActivityAt;
    }

    public long version() {
        return version;
    }

    public Set<PolicyField> policyFields() {
        return Set.copyOf(policyFields);
    }

    public List<CoAuthor> coAuthors() {
        return coAuthors.stream().map(Member::view).toList();
    }

    public List<Section> sections() {
        return sections;
    }
}
