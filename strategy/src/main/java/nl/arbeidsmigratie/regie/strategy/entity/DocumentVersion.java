package nl.arbeidsmigratie.regie.strategy.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;
import nl.arbeidsmigratie.regie.strategy.api.SectionView;
import nl.arbeidsmigratie.regie.strategy.api.VersionSummary;
import nl.arbeidsmigratie.regie.strategy.api.VersionView;

/** A version saved on purpose: every section of the working copy as it stood, never changed afterwards. */
@Entity
@Table(name = "document_version")
@NamedQuery(name = DocumentVersion.OF_DOCUMENT, query = "select v from DocumentVersion v "
        + "where v.documentId = :document order by v.number")
@NamedQuery(name = DocumentVersion.BY_NUMBER, query = "select v from DocumentVersion v "
        + "where v.documentId = :document and v.number = :number")
@NamedQuery(name = DocumentVersion.LATEST_NUMBER, query = "select coalesce(max(v.number), 0) from DocumentVersion v "
        + "where v.documentId = :document")
public class DocumentVersion {

    public static final String OF_DOCUMENT = "DocumentVersion.ofDocument";
    public static final String BY_NUMBER = "DocumentVersion.byNumber";
    public static final String LATEST_NUMBER = "DocumentVersion.latestNumber";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id")
    private long documentId;

    private int number;

    private String note;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "restored_from")
    private Integer restoredFrom;

    @ElementCollection
    @CollectionTable(name = "version_section", joinColumns = @JoinColumn(name = "version_id"))
    @OrderBy("position")
    private List<Part> sections = new ArrayList<>();

    /** A section as the version keeps it. */
    @Embeddable
    public static class Part {
        private int position;
        @Column(name = "section_id")
        private long sectionId;
        @Enumerated(EnumType.STRING)
        private LearningGoal goal;
        private String title;
        @Column(name = "body_html")
        private String bodyHtml;
        @Column(name = "not_applicable")
        private boolean notApplicable;
        @Column(name = "not_applicable_reason")
        private String notApplicableReason;
        @Column(name = "changed_at")
        private Instant changedAt;
        @Column(name = "changed_by")
        private String changedBy;
        @Column(name = "figures_json")
        private String figuresJson;

        protected Part() {
        }

        Part(int position, long sectionId, LearningGoal goal, String title, String bodyHtml, boolean notApplicable,
             String notApplicableReason, Instant changedAt, String changedBy, String figuresJson) {
            this.position = position;
            this.sectionId = sectionId;
            this.goal = goal;
            this.title = title;
            this.bodyHtml = bodyHtml;
            this.notApplicable = notApplicable;
            this.notApplicableReason = notApplicableReason;
            this.changedAt = changedAt;
            this.changedBy = changedBy;
            this.figuresJson = figuresJson;
        }

        /** Whether {@code other} holds the same chapter with the same text, state and figures. */
        boolean sameAs(Part other) {
            return position == other.position && sectionId == other.sectionId && goal == other.goal
                    && Objects.equals(title, other.title) && Objects.equals(bodyHtml, other.bodyHtml)
                    && notApplicable == other.notApplicable
                    && Objects.equals(notApplicableReason, other.notApplicableReason)
                    && Objects.equals(figuresJson, other.figuresJson);
        }

        SectionView view() {
            return new SectionView(sectionId, position, goal, title, null, bodyHtml, notApplicable,
                    notApplicableReason, false, changedAt, changedBy, 0, FigureJson.read(figuresJson));
        }
    }

    protected DocumentVersion() {
    }

    public DocumentVersion(StrategyDocument document, int number, String note, Integer restoredFrom, Instant at,
                           String by) {
        this.documentId = document.id();
        this.restoredFrom = restoredFrom;
        this.number = number;
        this.note = note;
        this.createdAt = at;
        this.createdBy = by;
        for (Section section : document.sections()) {
            sections.add(section.frozen(sections.size()));
        }
    }

    public int number() {
        return number;
    }

    /** Whether this version holds exactly what {@code document}'s chapters hold now. */
    public boolean holds(StrategyDocument document) {
        List<Section> current = document.sections();
        if (current.size() != sections.size()) {
            return false;
        }
        for (int i = 0; i < sections.size(); i++) {
            if (!sections.get(i).sameAs(current.get(i).frozen(i))) {
                return false;
            }
        }
        return true;
    }

    /** The version as saved; whether it was handed in for review the workflow's history says. */
    public VersionSummary summary() {
        return new VersionSummary(documentId, number, note, createdAt, createdBy, restoredFrom, false);
    }

    public VersionView view() {
        return new VersionView(summary(), sections.stream().map(Part::view).toList());
    }
}
