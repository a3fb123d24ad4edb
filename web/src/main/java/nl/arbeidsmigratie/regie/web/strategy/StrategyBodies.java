package nl.arbeidsmigratie.regie.web.strategy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.arbeidsmigratie.regie.platform.api.RichText;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;
import nl.arbeidsmigratie.regie.registration.api.PolicyField;
import nl.arbeidsmigratie.regie.strategy.api.FrozenFigures;
import nl.arbeidsmigratie.regie.strategy.api.SectionView;
import nl.arbeidsmigratie.regie.strategy.api.VersionSummary;
import nl.arbeidsmigratie.regie.strategy.api.VersionView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The request and answer bodies of strategy's API that are not the facades' own records; a request body's schema names
 * the fields the API requires.
 */
public final class StrategyBodies {

    private StrategyBodies() {
    }

    /** A section's new text, based on the section version the caller last read. */
    @Schema(requiredProperties = {"version", "html"})
    public record SectionText(Long version, String html) {
    }

    /** A document's title, policy fields and reviewer, based on the document version the caller last read. */
    @Schema(requiredProperties = {"title", "policyFields", "reviewerEmail", "version"})
    public record DocumentChange(String title, Set<PolicyField> policyFields, String reviewerEmail, Long version) {
    }

    /** Figures to freeze into a section for a reference date (ISO date), based on the section version read. */
    @Schema(requiredProperties = {"version", "referenceDate"})
    public record FigureRequest(Long version, LocalDate referenceDate) {
    }

    /** A free text: a version's note, a comment, a reply, the reason of a step. */
    public record Note(String text) {
    }

    /** A new review comment on a section, optionally on a passage quoted from it. */
    @Schema(requiredProperties = {"sectionId", "text"})
    public record NewComment(Long sectionId, String quote, String text) {
    }

    /** A comment's version, as read, for resolving or reopening it. */
    @Schema(requiredProperties = "version")
    public record CommentVersion(Long version) {
    }

    /** A saved section with what the sanitiser removed, said in the caller's language in {@code messages}. */
    public record SavedSection(SectionView section, boolean imagesRemoved, boolean markupRemoved,
                               List<String> messages) {
    }

    /** One section of a version, its text both as sanitised HTML and as plain text. */
    public record SectionContent(long id, int position, LearningGoal goal, String title, boolean notApplicable,
                                 String notApplicableReason, String html, String text, FrozenFigures figures) {

        static SectionContent of(SectionView section) {
            return new SectionContent(section.id(), section.position(), section.goal(), section.title(),
                    section.notApplicable(), section.notApplicableReason(), section.html(),
                    RichText.toText(section.html()), section.figures());
        }
    }

    /** A version with each section's content as sanitised HTML and as plain text. */
    public record VersionContent(VersionSummary summary, List<SectionContent> sections) {

        static VersionContent of(VersionView version) {
            return new VersionContent(version.summary(), version.sections().stream().map(SectionContent::of).toList());
        }
    }
}
