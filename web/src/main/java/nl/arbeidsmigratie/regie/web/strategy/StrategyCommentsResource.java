package nl.arbeidsmigratie.regie.web.strategy;

import static nl.arbeidsmigratie.regie.web.rest.BadParameterException.required;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.arbeidsmigratie.regie.strategy.api.CommentView;
import nl.arbeidsmigratie.regie.strategy.api.ReviewComments;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Replies to review threads and resolving or reopening them: coordinators and the document's authors. */
@Path("strategy/comments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "Not signed in")
@APIResponse(responseCode = "403", description = "Not allowed for this role (problem document)")
@APIResponse(responseCode = "404", description = "No such comment for the caller (problem document)")
public class StrategyCommentsResource {

    @Inject
    ReviewComments comments;

    @POST
    @Path("{id}/replies")
    @Operation(operationId = "StrategyComments_reply", summary = "Reply to a review thread")
    @APIResponse(responseCode = "201", description = "The thread with the reply, at its new version",
            content = @Content(schema = @Schema(implementation = CommentView.class)))
    public Response reply(@PathParam("id") long id, StrategyBodies.Note reply) {
        return Response.status(Response.Status.CREATED).entity(comments.reply(id, required("body", reply).text()))
                .build();
    }

    @POST
    @Path("{id}/resolve")
    @Operation(operationId = "StrategyComments_resolve",
            summary = "Resolve a review thread, based on the comment version read")
    @APIResponse(responseCode = "200", description = "The resolved thread",
            content = @Content(schema = @Schema(implementation = CommentView.class)))
    @APIResponse(responseCode = "409", description = "Changed by someone else meanwhile")
    public CommentView resolve(@PathParam("id") long id, StrategyBodies.CommentVersion version) {
        return comments.resolve(id, required("version", required("body", version).version()));
    }

    @POST
    @Path("{id}/reopen")
    @Operation(operationId = "StrategyComments_reopen",
            summary = "Reopen a resolved review thread, based on the comment version read")
    @APIResponse(responseCode = "200", description = "The open thread",
            content = @Content(schema = @Schema(implementation = CommentView.class)))
    @APIResponse(responseCode = "409", description = "Changed by someone else meanwhile")
    public CommentView reopen(@PathParam("id") long id, StrategyBodies.CommentVersion version) {
        return comments.reopen(id, required("version", required("body", version).version()));
    }
}
