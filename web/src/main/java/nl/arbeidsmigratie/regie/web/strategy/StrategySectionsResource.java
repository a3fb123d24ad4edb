package nl.arbeidsmigratie.regie.web.strategy;

import static nl.arbeidsmigratie.regie.web.rest.BadParameterException.required;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.strategy.api.SectionConflict;
import nl.arbeidsmigratie.regie.strategy.api.SectionFigures;
import nl.arbeidsmigratie.regie.strategy.api.SectionSaved;
import nl.arbeidsmigratie.regie.strategy.api.SectionView;
import nl.arbeidsmigratie.regie.strategy.api.StrategyDocuments;
import nl.arbeidsmigratie.regie.web.rest.CallerLanguage;
import nl.arbeidsmigratie.regie.web.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The sections of a draft, by their authors: text saved on the section version it was based on (a later save by
 * someone else is a 409 with both texts, never overwritten), and figures frozen from monitoring.
 */
@Path("strategy/sections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "Not signed in")
@APIResponse(responseCode = "403", description = "Not allowed for this role (problem document)")
@APIResponse(responseCode = "404", description = "No such section for the caller (problem document)")
public class StrategySectionsResource {

    @Inject
    StrategyDocuments documents;

    @Inject
    SectionFigures figures;

    @Context
    HttpHeaders headers;

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "StrategySections_save",
            summary = "Save a section's text (sanitised; what was removed is said in messages)")
    @APIResponse(responseCode = "200", description = "The saved section",
            content = @Content(schema = @Schema(implementation = StrategyBodies.SavedSection.class)))
    @APIResponse(responseCode = "400", description = "Text too long or no version (problem document)")
    @APIResponse(responseCode = "409", description = "Saved by someone else meanwhile: both texts in the problem",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = StrategyProblems.SectionConflictProblem.class)))
    public Response save(@PathParam("id") long id, StrategyBodies.SectionText text) {
        StrategyBodies.SectionText body = required("body", text);
        CallerLanguage language = CallerLanguage.of(headers);
        SectionSaved saved;
        try {
            saved = documents.saveSection(id, required("version", body.version()), required("html", body.html()));
        } catch (ConcurrentChangeException e) {
            if (e.current() instanceof SectionConflict conflict) {
                return StrategyProblems.conflict(conflict, language);
            }
            throw e;
        }
        List<String> messages = new ArrayList<>();
        if (saved.imagesRemoved()) {
            messages.add(language.text("strategy.api.images-removed", "Images were removed from the text."));
        }
        if (saved.markupRemoved()) {
            messages.add(language.text("strategy.api.markup-removed",
                    "Scripts, styles and other formatting that is not allowed were removed from the text."));
        }
        if (!saved.notInPdf().isEmpty()) {
            messages.add(language.text("strategy.api.not-in-pdf",
                    "The PDF cannot show these characters and leaves them out: " + saved.notInPdf(),
                    saved.notInPdf()));
        }
        return Response.ok(new StrategyBodies.SavedSection(saved.section(), saved.imagesRemoved(),
                saved.markupRemoved(), messages)).build();
    }

    @POST
    @Path("{id}/figures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "StrategySections_freeze",
            summary = "Freeze the figures of the section's learning goal on a reference date into it")
    @APIResponse(responseCode = "200", description = "The section with its frozen figures",
            content = @Content(schema = @Schema(implementation = SectionView.class)))
    @APIResponse(responseCode = "400", description = "No figures for this goal or date (problem document)")
    public SectionView freeze(@PathParam("id") long id, StrategyBodies.FigureRequest request) {
        StrategyBodies.FigureRequest body = required("body", request);
        return figures.freeze(id, required("version", body.version()), required("referenceDate", body.referenceDate()));
    }
}
