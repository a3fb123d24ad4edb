package nl.arbeidsmigratie.regie.strategy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.arbeidsmigratie.regie.strategy.api.CoAuthor;
import nl.arbeidsmigratie.regie.strategy.api.DocumentStatus;
import nl.arbeidsmigratie.regie.strategy.api.TransitionView;
import nl.arbeidsmigratie.regie.strategy.api.TransitionView.Event;

/**
 * One entry of a document's history: a step of its workflow, its creation, a co-author added or removed; never
 * changed afterwards.
 */
@Entity
@Table(name = "document_transition")
// in the order the steps were taken, whatever the clocks of the instances that took them
@NamedQuery(name = Transition.OF_DOCUMENT, query = "select t from Transition t where t.documentId = :document "
        + "order by t.id")
public class Transition {

    public static final String OF_DOCUMENT = "Transition.ofDocument";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id")
    private long documentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private DocumentStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private DocumentStatus to;

    private Instant at;

    @Column(name = "by_email")
    private String by;

    private String comment;

    @Column(name = "version_number")
    private Integer versionNumber;

    @Enumerated(EnumType.STRING)
    private Event event;

    @Column(name = "co_author_code")
    private String coAuthorCode;

    @Column(name = "co_author_name")
    private String coAuthorName;

    protected Transition() {
    }

    /** A step of the workflow, to the document's status now. */
    public Transition(StrategyDocument document, DocumentStatus from, Instant at, String by, String comment,
                      Integer versionNumber) {
        this(document, Event.STEP, from, at, by);
        this.comment = comment;
        this.versionNumber = versionNumber;
    }

    private Transition(StrategyDocument document, Event event, DocumentStatus from, Instant at, String by) {
        this.documentId = document.id();
        this.event = event;
        this.from = from;
        this.to = document.status();
        this.at = at;
        this.by = by;
    }

    /** The document was made (as a new revision too). */
    public static Transition created(StrategyDocument document, Instant at, String by) {
        return new Transition(document, Event.CREATED, null, at, by);
    }

    /** A co-author was added to or removed from the regional agreement; its status stays. */
    public static Transition coAuthorChanged(StrategyDocument document, boolean added, CoAuthor coAuthor, Instant at,
                                             String by) {
        Transition transition = new Transition(document, added ? Event.COAUTHOR_ADDED : Event.COAUTHOR_REMOVED,
                document.status(), at, by);
        transition.coAuthorCode = coAuthor.municipalityCode();
        transition.coAuthorName = coAuthor.municipalityName();
        return transition;
    }

    public Long id() {
        return id;
    }

    public TransitionView view() {
        return new TransitionView(from, to, at, by, comment, versionNumber, event,
                coAuthorCode == null ? null : new CoAuthor(coAuthorCode, coAuthorName));
    }
}
