package nl.arbeidsmigratie.regie.web.monitoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.arbeidsmigratie.regie.monitoring.api.NationalPictureView;
import nl.arbeidsmigratie.regie.monitoring.api.RegionalPicture;
import nl.arbeidsmigratie.regie.monitoring.api.RegionalPictureView;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityDirectory;
import nl.arbeidsmigratie.regie.web.rest.BadParameterException;
import nl.arbeidsmigratie.regie.web.rest.MomentParameters;
import nl.arbeidsmigratie.regie.web.rest.ServerTiming;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The regional picture and the national one: demand against capacity per municipality, region and province.
 * Aggregates only.
 */
@Path("regional-picture")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegionalPictureResource {

    @Inject
    RegionalPicture picture;

    @Inject
    MunicipalityDirectory directory;

    @GET
    @Operation(operationId = "RegionalPicture_picture", summary = "The regional picture on a reference date",
            description = "Per municipality of the region, for the region and for its province: estimated migrants "
                    + "living there (range), beds in active locations, occupancy, the gap (range) and the share of "
                    + "beds meeting the norm valid on the date, as known at a moment.")
    @APIResponse(responseCode = "200", description = "The picture; the Server-Timing header says how long the facade took",
            content = @Content(schema = @Schema(implementation = RegionalPictureView.class)))
    @APIResponse(responseCode = "400", description = "A parameter is missing or invalid (problem document naming it)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public RegionalPictureView picture(
            @Parameter(description = "Region name in any case, e.g. Haaglanden", required = true)
            @QueryParam("region") String region,
            @Parameter(description = "Reference date (yyyy-MM-dd); today when absent") @QueryParam("date") String date,
            @Parameter(description = "A date (end of that day) or an ISO instant (2024-01-01T12:00:00Z); now when absent")
            @QueryParam("asKnownOn") String asKnownOn, @Context HttpServletResponse response) {
        List<String> known = directory.regions();
        if (region == null || region.isBlank()) {
            throw new BadParameterException("region", "region is required; known: " + known, "error.api.required",
                    "region", String.join(", ", known));
        }
        String named = BadParameterException.knownRegion(region, known);
        LocalDate day = MomentParameters.date("date", date);
        Instant moment = knownOn(asKnownOn);
        return ServerTiming.facade(response, () -> picture.picture(named, day, moment));
    }

    @GET
    @Path("national")
    @Operation(operationId = "RegionalPicture_national",
            summary = "The picture of the whole country on a reference date",
            description = "Per municipality, region and province and for the country as a whole: the same figures "
                    + "as the regional picture, as known at a moment.")
    @APIResponse(responseCode = "200", description = "The picture; the Server-Timing header says how long the facade took",
            content = @Content(schema = @Schema(implementation = NationalPictureView.class)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid (problem document naming it)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public NationalPictureView national(
            @Parameter(description = "Reference date (yyyy-MM-dd); today when absent") @QueryParam("date") String date,
            @Parameter(description = "A date (end of that day) or an ISO instant (2024-01-01T12:00:00Z); now when absent")
            @QueryParam("asKnownOn") String asKnownOn, @Context HttpServletResponse response) {
        LocalDate day = MomentParameters.date("date", date);
        Instant moment = knownOn(asKnownOn);
        return ServerTiming.facade(response, () -> picture.national(day, moment));
    }

    /** Absent means now, which the facade answers from the current state rather than from the history. */
    private static Instant knownOn(String asKnownOn) {
        return asKnownOn == null || asKnownOn.isBlank() ? null : MomentParameters.asKnownOn(asKnownOn);
    }
}
