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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;
import nl.arbeidsmigratie.regie.strategy.api.TemplateSection;
import nl.arbeidsmigratie.regie.strategy.api.TemplateView;

/** One version of the template: never edited, a coordinator publishes the next one. */
@Entity
@Table(name = "template_version")
@NamedQuery(name = TemplateVersion.NEWEST_FIRST, query = "select t from TemplateVersion t order by t.number desc")
public class TemplateVersion {

    public static final String NEWEST_FIRST = "TemplateVersion.newestFirst";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int number;

    private String note;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "template_section", joinColumns = @JoinColumn(name = "template_id"))
    @OrderBy("position")
    private List<Part> sections = new ArrayList<>();

    /** A template section as stored. */
    @Embeddable
    public static class Part {
        private int position;
        @Enumerated(EnumType.STRING)
        private LearningGoal goal;
        private String title;
        private String guidance;

        protected Part() {
        }

        Part(int position, TemplateSection section) {
            this.position = position;
            this.goal = section.goal();
            this.title = section.title();
            this.guidance = section.guidance();
        }

        public int position() {
            return position;
        }

        public TemplateSection view() {
            return new TemplateSection(goal, title, guidance);
        }
    }

    protected TemplateVersion() {
    }

    public TemplateVersion(int number, String note, List<TemplateSection> sections, Instant at, String by) {
        this.number = number;
        this.note = note;
        this.createdAt = at;
        this.createdBy = by;
        for (TemplateSection section : sections) {
            this.sections.add(new Part(this.sections.size(), section));
        }
    }

    public Long id() {
        return id;
    }

    public int number() {
        return number;
    }

    public List<TemplateSection> sections() {
        return sections.stream().map(Part::view).toList();
    }

    public TemplateView view() {
        return new TemplateView(number, note, createdAt, createdBy, sections());
    }
}
