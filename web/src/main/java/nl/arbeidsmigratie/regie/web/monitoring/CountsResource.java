package nl.arbeidsmigratie.regie.web.monitoring;

import static nl.arbeidsmigratie.regie.web.rest.BadParameterException.required;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.arbeidsmigratie.regie.monitoring.api.ChangeLogEntry;
import nl.arbeidsmigratie.regie.monitoring.api.CountFigures;
import nl.arbeidsmigratie.regie.monitoring.api.CountView;
import nl.arbeidsmigratie.regie.monitoring.api.MunicipalCounts;
import nl.arbeidsmigratie.regie.platform.api.Page;
import nl.arbeidsmigratie.regie.web.rest.BadParameterException;
import nl.arbeidsmigratie.regie.web.rest.CreatedAnswers;
import nl.arbeidsmigratie.regie.web.rest.MomentParameters;
import nl.arbeidsmigratie.regie.web.rest.PagedAnswers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Municipal counts with their provenance, as known now or on any earlier moment; the pages' access rules. */
@Path("counts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "Not signed in")
@APIResponse(responseCode = "403", description = "Not allowed for this municipality or role (problem document)")
public class CountsResource {

    private static final int DEFAULT_LIMIT = 100;

    @Inject
    MunicipalityParameter municipalities;

    @Inject
    MunicipalCounts counts;

    @GET
    @Operation(operationId = "Counts_list",
            summary = "The counts of a municipality as known on a moment", description = "Newest reference date first; "
            + "each with its registration rate as a range. Paged: the header X-Total-Count says how many there are, "
            + "and a Link header with rel=\"next\" gives the next page while there is one.")
    @APIResponse(responseCode = "200", description = "One page of counts",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CountView.class)),
            headers = {@Header(name = "X-Total-Count", description = "How many counts there are in all",
                    schema = @Schema(type = SchemaType.INTEGER)),
                @Header(name = "Link", description = "rel=\"next\": the next page, while there is one",
                    schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "A parameter cannot be read (problem document naming it)")
    public Response list(
            @Parameter(description = "CBS code, e.g. GM1783", required = true) @QueryParam("municipality") String municipality,
            @Parameter(description = "A date (end of that day) or an ISO instant; absent means now")
            @QueryParam("asKnownOn") String asKnownOn,
            @Parameter(description = "How many counts to skip, from 0",
                    schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("offset") @DefaultValue("0") String offset,
            @Parameter(description = "Counts per page, 1 to " + MunicipalCounts.MAX_PAGE,
                    schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") @DefaultValue("" + DEFAULT_LIMIT) String limit,
            @Context UriInfo uri) {
        int skip = BadParameterException.wholeNumber("offset", offset, 0, Integer.MAX_VALUE - MunicipalCounts.MAX_PAGE);
        int size = BadParameterException.wholeNumber("limit", limit, 1, MunicipalCounts.MAX_PAGE);
        Page<CountView> page = counts.pageAsKnownOn(municipalities.read(municipality),
                MomentParameters.asKnownOn(asKnownOn), skip, size);
        return PagedAnswers.of(page, skip, size, uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "Counts_record", summary = "Record a count (officers of its municipality, coordinators)")
    @APIResponse(responseCode = "201", description = "The recorded count",
            headers = @Header(name = "Location", description = "The new count's address, where it is read and "
                    + "corrected", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CountView.class)))
    @APIResponse(responseCode = "400", description = "Invalid figures (problem document naming the field)")
    public Response record(CountFigures figures) {
        CountView recorded = counts.record(required("body", figures));
        return CreatedAnswers.at("counts/" + recorded.id(), recorded);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "Counts_one",
            summary = "One version of a count as recorded, also once corrected (its change log tells what followed)")
    @APIResponse(responseCode = "200", description = "The version, as the list shows a count",
            content = @Content(schema = @Schema(implementation = CountView.class)))
    @APIResponse(responseCode = "404", description = "No count with this id that the caller may read")
    public CountView one(@PathParam("id") long id) {
        return counts.version(id);
    }

    /** A correction of a count: the figures as they should have been, and why; the facade requires both. */
    @Schema(requiredProperties = {"figures", "reason"})
    public record CountCorrection(CountFigures figures, String reason) {
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "Counts_correct",
            summary = "Correct a count with the reason; the version it corrects stays in the history")
    @APIResponse(responseCode = "200", description = "The correction: the count's new latest version",
            content = @Content(schema = @Schema(implementation = CountView.class)))
    @APIResponse(responseCode = "400", description = "Invalid figures or no reason (problem document naming the field)")
    @APIResponse(responseCode = "409", description = "Corrected meanwhile: id is no longer the latest version")
    public CountView correct(@PathParam("id") long id, CountCorrection correction) {
        CountCorrection c = required("body", correction);
        return counts.correct(id, required("figures", c.figures()), c.reason());
    }

    @GET
    @Path("{id}/changes")
    @Operation(operationId = "Counts_changes",
            summary = "The change log of a count: every version with who, when, why, and each figure before and after")
    @APIResponse(responseCode = "200", description = "Oldest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ChangeLogEntry.class)))
    public List<ChangeLogEntry> changes(@PathParam("id") long id) {
        return counts.changeLog(id);
    }
}
