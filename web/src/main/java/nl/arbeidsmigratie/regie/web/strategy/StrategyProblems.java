package nl.arbeidsmigratie.regie.web.strategy;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import nl.arbeidsmigratie.regie.platform.api.RichText;
import nl.arbeidsmigratie.regie.strategy.api.OpenCommentsException;
import nl.arbeidsmigratie.regie.strategy.api.SectionConflict;
import nl.arbeidsmigratie.regie.strategy.api.SectionView;
import nl.arbeidsmigratie.regie.web.rest.CallerLanguage;
import nl.arbeidsmigratie.regie.web.rest.Problem;

/**
 * Strategy's refusals that carry more than a sentence: problem documents (RFC 9457) with extension members, so an
 * API caller gets what a page shows: both texts of a section conflict, and how many review comments block adoption
 * and where.
 */
public final class StrategyProblems {

    private StrategyProblems() {
    }

    /** 409: the section was saved by someone else since {@code basedOn}; both texts, as HTML and as plain text. */
    public record SectionConflictProblem(String type, String title, int status, String detail, String parameter,
                                         String yourHtml, String yourText, SectionView current, String currentText) {
    }

    /** 409: adoption refused while {@code openComments} review threads are open, in {@code sections}. */
    public record OpenCommentsProblem(String type, String title, int status, String detail, String parameter,
                                      int openComments, List<String> sections) {
    }

    static Response conflict(SectionConflict conflict, CallerLanguage language) {
        return response(new SectionConflictProblem("about:blank", Response.Status.CONFLICT.getReasonPhrase(), 409,
                language.text("strategy.api.conflict", "Someone else saved this section first; both texts are "
                        + "included. Merge them and save again on the current version."),
                "version", conflict.yourHtml(), RichText.toText(conflict.yourHtml()), conflict.current(),
                RichText.toText(conflict.current().html())));
    }

    private static Response response(Object problem) {
        return Response.status(Response.Status.CONFLICT).type(MediaType.valueOf(Problem.MEDIA_TYPE)).entity(problem)
                .build();
    }

    @Provider
    public static class OpenComments implements ExceptionMapper<OpenCommentsException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(OpenCommentsException e) {
            return response(new OpenCommentsProblem("about:blank", Response.Status.CONFLICT.getReasonPhrase(), 409,
                    CallerLanguage.of(headers).text(e.messageKey(), e.getMessage(), e.arguments()), e.field(),
                    e.count(), e.sections()));
        }
    }
}
