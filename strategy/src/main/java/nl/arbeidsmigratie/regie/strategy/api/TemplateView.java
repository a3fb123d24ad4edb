package nl.arbeidsmigratie.regie.strategy.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One version of the template new documents start from: a section per learning goal. */
public record TemplateView(int number, String note, Instant createdAt, String createdBy,
                           List<TemplateSection> sections) implements Serializable {

    public TemplateView {
        sections = List.copyOf(sections);
    }
}
