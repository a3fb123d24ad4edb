package nl.arbeidsmigratie.regie.web.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import nl.arbeidsmigratie.regie.platform.api.ActingAs;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;
import nl.arbeidsmigratie.regie.registration.api.PolicyField;
import nl.arbeidsmigratie.regie.strategy.api.Adoption;
import nl.arbeidsmigratie.regie.strategy.api.AdoptionBody;
import nl.arbeidsmigratie.regie.strategy.api.CommentView;
import nl.arbeidsmigratie.regie.strategy.api.DocumentDetails;
import nl.arbeidsmigratie.regie.strategy.api.DocumentKind;
import nl.arbeidsmigratie.regie.strategy.api.DocumentVersions;
import nl.arbeidsmigratie.regie.strategy.api.DocumentView;
import nl.arbeidsmigratie.regie.strategy.api.DocumentWorkflow;
import nl.arbeidsmigratie.regie.strategy.api.NewDocument;
import nl.arbeidsmigratie.regie.strategy.api.ReviewComments;
import nl.arbeidsmigratie.regie.strategy.api.SectionFigures;
import nl.arbeidsmigratie.regie.strategy.api.SectionView;
import nl.arbeidsmigratie.regie.strategy.api.StrategyDocuments;

/**
 * Strategy's demo records ({@code demo/strategy.json}): documents written by the demo officers and reviewed by the
 * demo coordinator step by step through the facades, so versions, frozen figures, comments, transitions and the
 * audit trail are real. Each document's steps say who takes them: the author writes, freezes figures, saves
 * versions, submits and resolves; the coordinator comments, sends back and adopts.
 */
@Dependent
public class StrategyDemo implements DemoPart {

    @Inject
    StrategyDocuments documents;

    @Inject
    SectionFigures figures;

    @Inject
    DocumentVersions versions;

    @Inject
    DocumentWorkflow workflow;

    @Inject
    ReviewComments comments;

    /** The records of {@code demo/strategy.json}. */
    public record Records(List<Document> documents) {
    }

    /** A document of {@code author}'s municipality and what happens to it, in order. */
    public record Document(String author, String municipalityCode, DocumentKind kind, String title,
                           Set<PolicyField> policyFields, List<Step> steps) {
    }

    /**
     * One step: {@code write} a goal's section, mark it {@code not-applicable} with a reason, freeze its
     * {@code figures} of {@code daysAgo}, save a {@code version} with a note, {@code submit}, {@code comment} on a
     * goal, {@code send-back}, {@code resolve} every open comment, or {@code adopt} by {@code body} {@code daysAgo}.
     */
    public record Step(String action, LearningGoal goal, String text, Integer daysAgo, AdoptionBody body) {
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void load(DemoClock today) {
        for (Document d : DemoFiles.read("strategy.json", Records.class).documents()) {
            long id = ActingAs.call(d.author(), () -> documents.create(new NewDocument(d.kind(), d.title(),
                    d.municipalityCode(), null, d.policyFields()))).id();
            d.steps().forEach(step -> take(id, d.author(), step, today));
        }
    }

    private void take(long id, String author, Step step, DemoClock today) {
        switch (step.action()) {
            case "comment" -> comments.add(id, section(id, step.goal()).id(), null, step.text());
            case "send-back" -> workflow.sendBack(id, step.text());
            case "adopt" -> workflow.adopt(id, new Adoption(step.body(), today.daysAgo(step.daysAgo()), step.text()));
            default -> ActingAs.run(author, () -> byAuthor(id, step, today));
        }
    }

    private void byAuthor(long id, Step step, DemoClock today) {
        switch (step.action()) {
            case "write" -> {
                SectionView section = section(id, step.goal());
                documents.saveSection(section.id(), section.version(), step.text());
            }
            case "not-applicable" -> {
                SectionView section = section(id, step.goal());
                documents.markNotApplicable(section.id(), section.version(), step.text());
            }
            case "figures" -> {
                SectionView section = section(id, step.goal());
                figures.freeze(section.id(), section.version(), today.daysAgo(step.daysAgo()));
            }
            case "version" -> versions.save(id, step.text());
            case "submit" -> {
                DocumentView document = documents.find(id);
                documents.describe(id, new DocumentDetails(document.title(), document.policyFields(),
                        DemoLoader.COORDINATOR, document.version()));
                workflow.submit(id);
            }
            case "resolve" -> comments.list(id).stream().filter(c -> !c.resolved())
                    .forEach((CommentView c) -> comments.resolve(c.id(), c.version()));
            default -> throw new IllegalStateException("no demo step " + step.action());
        }
    }

    private SectionView section(long id, LearningGoal goal) {
        return documents.find(id).sections().stream().filter(s -> s.goal() == goal).findFirst().orElseThrow();
    }
}
