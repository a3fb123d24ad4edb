package nl.arbeidsmigratie.regie.web.strategy;

import static nl.arbeidsmigratie.regie.web.rest.BadParameterException.required;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.arbeidsmigratie.regie.strategy.api.CommentView;
import nl.arbeidsmigratie.regie.strategy.api.ReviewComments;
import nl.arbeidsmigratie.regie.web.rest.CreatedAnswers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A review thread, replies to it and resolving or reopening it: coordinators and the document's authors. */
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

    @GET
    @Path("{id}")
    @Operation(operationId = "StrategyComments_thread", summary = "One review thread with its replies")
    @APIResponse(responseCode = "200", description = "The thread, as the document's list shows it",
            content = @Content(schema = @Schema(implementation = CommentView.class)))
    public CommentView thread(@PathParam("id") long id) {
        return comments.thread(id);
    }

    @POST
    @Path("{id}/replies")
    @Operation(operationId = "StrategyComments_reply", summary = "Reply to a review thread")
    @APIResponse(responseCode = "201", description = "The thread with the reply, at its new version",
            headers = @Header(name = "Location", description = "The thread's address",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CommentView.class)))
    public Response reply(@PathParam("id") long id, StrategyBodies.Note reply) {
        return created(comments.reply(id, required("body", reply).text()));
    }

    /** 201 with a thread, new or answered, at its address. */
    static Response created(CommentView thread) {
        return CreatedAnswers.at("strategy/comments/" + thread.id(), thread);
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
