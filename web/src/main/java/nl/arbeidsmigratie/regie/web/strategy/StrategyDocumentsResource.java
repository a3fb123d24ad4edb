package nl.arbeidsmigratie.regie.web.strategy;

import static nl.arbeidsmigratie.regie.web.rest.BadParameterException.required;
import static nl.arbeidsmigratie.regie.web.rest.BadParameterException.wholeNumber;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.strategy.api.Adoption;
import nl.arbeidsmigratie.regie.strategy.api.CommentView;
import nl.arbeidsmigratie.regie.strategy.api.Comparison;
import nl.arbeidsmigratie.regie.strategy.api.DocumentDetails;
import nl.arbeidsmigratie.regie.strategy.api.DocumentPdf;
import nl.arbeidsmigratie.regie.strategy.api.DocumentSummary;
import nl.arbeidsmigratie.regie.strategy.api.DocumentVersions;
import nl.arbeidsmigratie.regie.strategy.api.DocumentView;
import nl.arbeidsmigratie.regie.strategy.api.DocumentWorkflow;
import nl.arbeidsmigratie.regie.strategy.api.NewDocument;
import nl.arbeidsmigratie.regie.strategy.api.ReviewComments;
import nl.arbeidsmigratie.regie.strategy.api.StrategyDocuments;
import nl.arbeidsmigratie.regie.strategy.api.TransitionView;
import nl.arbeidsmigratie.regie.strategy.api.VersionSummary;
import nl.arbeidsmigratie.regie.web.rest.CallerLanguage;
import nl.arbeidsmigratie.regie.web.rest.CreatedAnswers;
import nl.arbeidsmigratie.regie.web.rest.JsonBinding;
import nl.arbeidsmigratie.regie.web.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Strategy documents with their versions, comparison, review comments and workflow, through the same facades as
 * the pages and so with their access rules: officers their own municipality's documents (and every adopted one),
 * coordinators all, auditors adopted documents and the history of the others. A document the caller may not know
 * of answers 404, like a missing one.
 */
@Path("strategy/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "Not signed in")
@APIResponse(responseCode = "403", description = "Not allowed for this role (problem document)")
@APIResponse(responseCode = "404", description = "No such document or version for the caller (problem document)")
public class StrategyDocumentsResource {

    @Inject
    StrategyDocuments documents;

    @Inject
    DocumentVersions versions;

    @Inject
    DocumentWorkflow workflow;

    @Inject
    ReviewComments comments;

    @Inject
    DocumentPdf pdf;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "StrategyDocuments_list",
            summary = "The documents the caller may know of, latest activity first")
    @APIResponse(responseCode = "200", description = "Summaries",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DocumentSummary.class)))
    public List<DocumentSummary> list() {
        return documents.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "StrategyDocuments_create",
            summary = "Start a document from the current template (officers of its municipality; a regional "
            + "agreement: coordinators or officers of a member)")
    @APIResponse(responseCode = "201", description = "The new draft with its sections",
            headers = @Header(name = "Location", description = "The new document's address",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid details (problem document naming the field)")
    public Response create(NewDocument document) {
        return created(documents.create(required("body", document)));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "StrategyDocuments_one",
            summary = "One document with its working copy (no text for an auditor of a document never adopted)")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    public DocumentView one(@PathParam("id") long id) {
        return documents.find(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "StrategyDocuments_describe",
            summary = "Change title, policy fields and reviewing coordinator of a draft (its authors)",
            description = "Every field is sent, as the draft is described anew: policyFields [] and reviewerEmail \"\" "
                    + "for none.")
    @APIResponse(responseCode = "200", description = "The document as changed",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "400", description = "A field left out, or invalid details (problem document naming it)")
    @APIResponse(responseCode = "409", description = "Changed by someone else since the version sent")
    public DocumentView describe(@PathParam("id") long id, StrategyBodies.DocumentChange change) {
        StrategyBodies.DocumentChange body = required("body", change);
        long version = required("version", body.version());
        // the document is described anew: a field left out would be emptied without the caller meaning to
        return documents.describe(id, new DocumentDetails(body.title(), required("policyFields", body.policyFields()),
                required("reviewerEmail", body.reviewerEmail()), version));
    }

    @GET
    @Path("{id}/versions")
    @Operation(operationId = "StrategyDocuments_versions", summary = "The versions the caller may read, oldest first")
    @APIResponse(responseCode = "200", description = "Version summaries",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = VersionSummary.class)))
    public List<VersionSummary> versions(@PathParam("id") long id) {
        return versions.list(id);
    }

    @POST
    @Path("{id}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "StrategyDocuments_saveVersion",
            summary = "Save the working copy as the next version, with an optional note (its authors)")
    @APIResponse(responseCode = "201", description = "The new version",
            headers = @Header(name = "Location", description = "The new version's address",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = VersionSummary.class)))
    public Response saveVersion(@PathParam("id") long id, @RequestBody(required = false) StrategyBodies.Note note) {
        return created(aboutText("note", () -> versions.save(id, note == null ? null : note.text())));
    }

    @GET
    @Path("{id}/versions/{number}")
    @Operation(operationId = "StrategyDocuments_version",
            summary = "One version, each section as sanitised HTML and as plain text")
    @APIResponse(responseCode = "200", description = "The version",
            content = @Content(schema = @Schema(implementation = StrategyBodies.VersionContent.class)))
    public StrategyBodies.VersionContent version(@PathParam("id") long id, @PathParam("number") int number) {
        return StrategyBodies.VersionContent.of(versions.find(id, number));
    }

    @POST
    @Path("{id}/versions/{number}/restore")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "StrategyDocuments_restore",
            summary = "Take back what a version of this document kept, as a new version (its authors)")
    @APIResponse(responseCode = "201", description = "The new version",
            headers = @Header(name = "Location", description = "The new version's address",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = VersionSummary.class)))
    public Response restore(@PathParam("id") long id, @PathParam("number") int number,
                            @RequestBody(required = false) StrategyBodies.Note note) {
        return created(aboutText("note", () -> versions.restore(id, number, note == null ? null : note.text())));
    }

    @GET
    @Path("{id}/versions/{number}/pdf")
    @Produces("application/pdf")
    @Operation(operationId = "StrategyDocuments_pdf",
            summary = "One version as a PDF, in the language of Accept-Language (Dutch or English)")
    @APIResponse(responseCode = "200", description = "The PDF, as an attachment",
            content = @Content(mediaType = "application/pdf"))
    public Response pdf(@PathParam("id") long id, @PathParam("number") int number) {
        DocumentPdf.PdfFile file = pdf.render(id, number, CallerLanguage.of(headers).locale());
        return Response.ok(file.content(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"").build();
    }

    @GET
    @Path("{id}/comparison")
    @Operation(operationId = "StrategyDocuments_compare",
            summary = "Two versions of this document compared word by word per section")
    @APIResponse(responseCode = "200", description = "The comparison, in the order of the later version",
            content = @Content(schema = @Schema(implementation = Comparison.class)))
    @APIResponse(responseCode = "400", description = "A version number is missing or no whole number from 1 "
            + "(problem document naming it)")
    public Comparison compare(@PathParam("id") long id,
                              @Parameter(description = "The earlier version's number", required = true)
                              @QueryParam("before") String before,
                              @Parameter(description = "The later version's number", required = true)
                              @QueryParam("after") String after) {
        // read here, not by JAX-RS, which answers a query parameter it cannot convert with 404
        return versions.compare(id, versionNumber("before", before), versionNumber("after", after));
    }

    private static int versionNumber(String parameter, String value) {
        return wholeNumber(parameter, required(parameter, value), 1, Integer.MAX_VALUE);
    }

    @GET
    @Path("{id}/comments")
    @Operation(operationId = "StrategyDocuments_comments",
            summary = "The review threads of a document, oldest first (coordinators and its authors)")
    @APIResponse(responseCode = "200", description = "Threads with their replies",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CommentView.class)))
    public List<CommentView> comments(@PathParam("id") long id) {
        return comments.list(id);
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "StrategyDocuments_comment",
            summary = "Start a review thread on a section, optionally on a quoted passage")
    @APIResponse(responseCode = "201", description = "The comment",
            headers = @Header(name = "Location", description = "The new thread's address",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CommentView.class)))
    public Response comment(@PathParam("id") long id, StrategyBodies.NewComment comment) {
        StrategyBodies.NewComment c = required("body", comment);
        long section = required("sectionId", c.sectionId());
        return StrategyCommentsResource.created(comments.add(id, section, c.quote(), c.text()));
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "StrategyDocuments_history",
            summary = "Every workflow step of the document, oldest first (auditors too)")
    @APIResponse(responseCode = "200", description = "The transitions",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TransitionView.class)))
    public List<TransitionView> history(@PathParam("id") long id) {
        return workflow.history(id);
    }

    @POST
    @Path("{id}/submit")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(operationId = "StrategyDocuments_submit",
            summary = "Hand the draft to its reviewing coordinator (its authors); saves a version. "
            + "An optional body {\"text\"} is a note for the reviewer, which the history and the reviewer's mail show")
    @APIResponse(responseCode = "200", description = "The document in review",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    public DocumentView submit(@PathParam("id") long id,
                               @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                       schema = @Schema(implementation = StrategyBodies.Note.class)))
                               String body) {
        if (body != null && !body.isBlank() && !MediaType.APPLICATION_JSON_TYPE.isCompatible(headers.getMediaType())) {
            // taken without a body of any type, but a body is JSON
            throw new NotSupportedException();
        }
        StrategyBodies.Note note = JsonBinding.read(body, StrategyBodies.Note.class);
        return aboutText("note", () -> workflow.submit(id, note == null ? null : note.text()));
    }

    @POST
    @Path("{id}/recall")
    @Operation(operationId = "StrategyDocuments_recall",
            summary = "Take the document back from review to draft (its authors, until the reviewer comments)")
    @APIResponse(responseCode = "200", description = "The document, a draft again",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    public DocumentView recall(@PathParam("id") long id) {
        return workflow.recall(id);
    }

    @POST
    @Path("{id}/send-back")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "StrategyDocuments_sendBack",
            summary = "Send a document in review back to draft, saying what to change (coordinators)")
    @APIResponse(responseCode = "200", description = "The document, a draft again",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    public DocumentView sendBack(@PathParam("id") long id, StrategyBodies.Note comments) {
        return aboutText("comment", () -> workflow.sendBack(id, required("body", comments).text()));
    }

    @POST
    @Path("{id}/adopt")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "StrategyDocuments_adopt",
            summary = "Record the adoption of a document in review: body, date, reference (coordinators)")
    @APIResponse(responseCode = "200", description = "The adopted document",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "409", description = "Review comments are open: how many and in which sections",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = StrategyProblems.OpenCommentsProblem.class)))
    public DocumentView adopt(@PathParam("id") long id, Adoption adoption) {
        return workflow.adopt(id, required("body", adoption));
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "StrategyDocuments_withdraw",
            summary = "Withdraw a document (coordinators; its authors a draft), with the reason")
    @APIResponse(responseCode = "200", description = "The withdrawn document",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    public DocumentView withdraw(@PathParam("id") long id, StrategyBodies.Note reason) {
        return aboutText("reason", () -> workflow.withdraw(id, required("body", reason).text()));
    }

    @POST
    @Path("{id}/new-revision")
    @Operation(operationId = "StrategyDocuments_newRevision",
            summary = "Start a new revision of an adopted document (its authors)")
    @APIResponse(responseCode = "201", description = "The new draft, linked to the adopted document",
            headers = @Header(name = "Location", description = "The new draft's address",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    public Response newRevision(@PathParam("id") long id) {
        return created(workflow.newRevision(id));
    }

    /**
     * The facades name a note by what it is for ({@code reason}, {@code comment}, {@code note}); the body names it
     * {@code text}, and so does a refusal of it.
     */
    private static <T> T aboutText(String facadeField, Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidInputException e) {
            throw facadeField.equals(e.field()) ? e.about("text") : e;
        }
    }

    private static Response created(DocumentView document) {
        return CreatedAnswers.at("strategy/documents/" + document.id(), document);
    }

    private static Response created(VersionSummary version) {
        return CreatedAnswers.at("strategy/documents/" + version.documentId() + "/versions/" + version.number(),
                version);
    }
}
