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
import nl.arbeidsmigratie.regie.strategy.api.DocumentStatus;
import nl.arbeidsmigratie.regie.strategy.api.TransitionView;

/** One step of a document's workflow, never changed afterwards. */
@Entity
@Table(name = "document_transition")
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

    protected Transition() {
    }

    public Transition(StrategyDocument document, DocumentStatus from, Instant at, String by, String comment,
                      Integer versionNumber) {
        this.documentId = document.id();
        this.from = from;
        this.to = document.status();
        this.at = at;
        this.by = by;
        this.comment = comment;
        this.versionNumber = versionNumber;
    }

    public Long id() {
        return id;
    }

    public TransitionView view() {
        return new TransitionView(from, to, at, by, comment, versionNumber);
    }
}
