package nl.arbeidsmigratie.regie.web.strategy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityDirectory;
import nl.arbeidsmigratie.regie.strategy.api.DocumentStatus;
import nl.arbeidsmigratie.regie.strategy.api.OverviewRow;
import nl.arbeidsmigratie.regie.strategy.api.ProvinceOverview;
import nl.arbeidsmigratie.regie.web.rest.BadParameterException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The province overview of strategy documents, for coordinators: as JSON and as CSV. */
@Path("strategy/overview")
@RequestScoped
@APIResponse(responseCode = "401", description = "Not signed in")
@APIResponse(responseCode = "403", description = "Coordinators only (problem document)")
@APIResponse(responseCode = "400", description = "Unknown status or region (problem document naming it)")
public class StrategyOverviewResource {

    private static final String REGION = "A region's name; absent means the whole province";
    private static final String STATUS = "DRAFT, IN_REVIEW, ADOPTED or WITHDRAWN; absent means any";

    @Inject
    ProvinceOverview overview;

    @Inject
    MunicipalityDirectory directory;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "StrategyOverview_rows",
            summary = "Every enrolled municipality and every other with a document, with its document's status, "
            + "completeness per learning goal, open comments, last activity and policy fields")
    @APIResponse(responseCode = "200", description = "The rows",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = OverviewRow.class)))
    public List<OverviewRow> rows(@Parameter(description = REGION) @QueryParam("region") String region,
                                  @Parameter(description = STATUS) @QueryParam("status") String status) {
        return overview.rows(region(region), status(status));
    }

    @GET
    @Path("csv")
    @Produces("text/csv")
    @Operation(operationId = "StrategyOverview_csv",
            summary = "The same rows as CSV (UTF-8), one column per learning goal")
    @APIResponse(responseCode = "200", description = "The CSV file, as an attachment",
            content = @Content(mediaType = "text/csv"))
    public Response csv(@Parameter(description = REGION) @QueryParam("region") String region,
                        @Parameter(description = STATUS) @QueryParam("status") String status) {
        return Response.ok(overview.csv(region(region), status(status)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"strategy-overview.csv\"").build();
    }

    /** The region asked for, one the province has (refused otherwise); null for the whole province. */
    private String region(String asked) {
        return asked == null || asked.isBlank() ? null : BadParameterException.knownRegion(asked.strip(),
                directory.regions());
    }

    static DocumentStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return DocumentStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("status", "status must be one of DRAFT, IN_REVIEW, ADOPTED, WITHDRAWN",
                    "error.api.one-of", "status", "DRAFT, IN_REVIEW, ADOPTED, WITHDRAWN", status);
        }
    }
}
