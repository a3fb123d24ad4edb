package nl.arbeidsmigratie.regie.web.monitoring;

import static nl.arbeidsmigratie.regie.web.rest.BadParameterException.required;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.arbeidsmigratie.regie.monitoring.api.StayClasses;
import nl.arbeidsmigratie.regie.monitoring.api.StayThresholds;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A municipality's stay classes: the thresholds its counts that name none are recorded with. */
@Path("stay-thresholds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "Not signed in")
@APIResponse(responseCode = "403", description = "Not allowed for this municipality or role (problem document)")
@APIResponse(responseCode = "400", description = "A parameter cannot be read (problem document naming it)")
public class StayThresholdsResource {

    @Inject
    MunicipalityParameter municipalities;

    @Inject
    StayClasses stayClasses;

    @GET
    @Operation(operationId = "StayThresholds_get", summary = "The stay thresholds in force in a municipality",
            description = "Short stay is less than shortStayMonths, long stay from longStayMonths, mid stay between; "
                    + "version 0 is the default (4 and 12 months) of a municipality that has set none.")
    @APIResponse(responseCode = "200", description = "The thresholds in force",
            content = @Content(schema = @Schema(implementation = StayThresholds.class)))
    public StayThresholds get(@Parameter(description = "CBS code, e.g. GM1783", required = true)
                              @QueryParam("municipality") String municipality) {
        return stayClasses.of(municipalities.read(municipality));
    }

    /** New thresholds, set on top of the version they were read with. */
    public record ThresholdChange(Integer shortStayMonths, Integer longStayMonths, Integer version) {
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "StayThresholds_set", summary = "Set a municipality's stay thresholds "
            + "(officers of the municipality, coordinators)", description = "Counts recorded before keep the thresholds "
            + "they were recorded with; counts recorded later without thresholds take these.")
    @APIResponse(responseCode = "200", description = "The thresholds now in force",
            content = @Content(schema = @Schema(implementation = StayThresholds.class)))
    @APIResponse(responseCode = "409", description = "Set meanwhile: version is no longer the one in force")
    public StayThresholds set(@Parameter(description = "CBS code, e.g. GM1783", required = true)
                              @QueryParam("municipality") String municipality, ThresholdChange change) {
        ThresholdChange c = required("body", change);
        return stayClasses.change(municipalities.read(municipality), c.shortStayMonths(), c.longStayMonths(),
                required("version", c.version()));
    }
}
