package nl.arbeidsmigratie.regie.strategy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import nl.arbeidsmigratie.regie.platform.api.FreeText;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.RichText;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;
import nl.arbeidsmigratie.regie.strategy.api.Completeness;
import nl.arbeidsmigratie.regie.strategy.api.FrozenFigures;
import nl.arbeidsmigratie.regie.strategy.api.SectionView;

/**
 * One section of a document's working copy. Its version counts the changes to its text and applicability, so
 * a save based on an older version is recognised as stale; moving it to another position is not such a change.
 */
@Entity
@Table(name = "section")
public class Section {

    /**
     * Places a section without taking its version (a JPQL update would), so reordering never makes an author's
     * next save stale.
     */
    public static final String MOVE = "update strategy.section set position = ?1 where id = ?2";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    private StrategyDocument document;

    private int position;

    @Enumerated(EnumType.STRING)
    private LearningGoal goal;

    private String title;

    private String guidance;

    @Column(name = "body_html")
    private String bodyHtml = "";

    @Column(name = "not_applicable")
    private boolean notApplicable;

    @Column(name = "not_applicable_reason")
    private String notApplicableReason;

    @Column(name = "from_enrolment")
    private boolean fromEnrolment;

    @Column(name = "figures_json")
    private String figuresJson;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by")
    private String changedBy;

    @Version
    private long version;

    protected Section() {
    }

    public Section(StrategyDocument document, int position, LearningGoal goal, String title, String guidance,
                   Instant at, String by) {
        this.document = Objects.requireNonNull(document);
        this.position = position;
        this.goal = goal;
        this.title = Objects.requireNonNull(title);
        this.guidance = guidance;
        this.changedAt = at;
        this.changedBy = by;
    }

    /**
     * This section as the start of the same section in a new revision of its document. Copying writes nothing: the
     * copy was last changed by whoever last changed this text, when they did, until an author of the revision changes
     * it (who started the revision, and when, its history says).
     */
    public Section copyTo(StrategyDocument revision) {
        Section copy = new Section(revision, position, goal, title, guidance, changedAt, changedBy);
        copy.bodyHtml = bodyHtml;
        copy.notApplicable = notApplicable;
        copy.notApplicableReason = notApplicableReason;
        copy.fromEnrolment = fromEnrolment;
        copy.figuresJson = figuresJson;
        return copy;
    }

    /** Text taken from the municipality's enrolment, marked as such until an author changes it. */
    public void prefill(String html) {
        this.bodyHtml = html;
        this.fromEnrolment = true;
    }

    /** Marks a goal the municipality chose in its enrolment. */
    public void chosenInEnrolment() {
        this.fromEnrolment = true;
    }

    public void write(String html, Instant at, String by) {
        this.bodyHtml = Objects.requireNonNull(html);
        touched(at, by);
    }

    /** Freezes figures into the section, replacing any it had; null removes them. */
    public void freeze(FrozenFigures figures, Instant at, String by) {
        this.figuresJson = FigureJson.write(figures);
        touched(at, by);
    }

    /** Takes back the title, text, applicability and figures a saved version kept. */
    public void restore(SectionView kept, Instant at, String by) {
        this.title = kept.title();
        this.figuresJson = FigureJson.write(kept.figures());
        this.bodyHtml = kept.html();
        this.notApplicable = kept.notApplicable();
        this.notApplicableReason = kept.notApplicableReason();
        touched(at, by);
    }

    public void markNotApplicable(String reason, Instant at, String by) {
        this.notApplicable = true;
        this.notApplicableReason = Objects.requireNonNull(reason);
        touched(at, by);
    }

    public void markApplicable(Instant at, String by) {
        this.notApplicable = false;
        this.notApplicableReason = null;
        touched(at, by);
    }

    /** A section of the authors' own gets another title; a goal's section keeps the goal's. */
    public void rename(String newTitle, Instant at, String by) {
        ownSection();
        this.title = Objects.requireNonNull(newTitle);
        touched(at, by);
    }

    /** Refused for a learning goal's section: the goals are the chapters every municipality's strategy has. */
    public void ownSection() {
        if (goal != null) {
            throw new InvalidInputException("section", "error.strategy.section.goal-stays",
                    "section " + id + " is the chapter of goal " + goal);
        }
    }

    private void touched(Instant at, String by) {
        this.changedAt = at;
        this.changedBy = by;
    }

    public Completeness completeness() {
        if (notApplicable) {
            return Completeness.NOT_APPLICABLE;
        }
        // the words a reader sees, as many as they read: not a link's address, a list's bullets, nor spaces of any kind
        // or characters that take no room
        return FreeText.shownLength(RichText.shownText(bodyHtml)) >= Completeness.FILLED_MINIMUM
                ? Completeness.FILLED : Completeness.EMPTY;
    }

    public LearningGoal goal() {
        return goal;
    }

    public Long id() {
        return id;
    }

    public StrategyDocument document() {
        return document;
    }

    public int position() {
        return position;
    }

    public String title() {
        return title;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public boolean notApplicable() {
        return notApplicable;
    }

    public long version() {
        return version;
    }

    public SectionView view() {
        return new SectionView(id, position, goal, title, guidance, bodyHtml, notApplicable, notApplicableReason,
                fromEnrolment, changedAt, changedBy, version, FigureJson.read(figuresJson));
    }

    /** The section as a saved version keeps it. */
    public DocumentVersion.Part frozen(int at) {
        return new DocumentVersion.Part(at, id, goal, title, bodyHtml, notApplicable, notApplicableReason, changedAt,
                changedBy, figuresJson);
    }
}
