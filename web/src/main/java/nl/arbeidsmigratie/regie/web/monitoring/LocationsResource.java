package nl.arbeidsmigratie.regie.web.monitoring;

import static nl.arbeidsmigratie.regie.web.rest.BadParameterException.required;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import nl.arbeidsmigratie.regie.monitoring.api.ChangeLogEntry;
import nl.arbeidsmigratie.regie.monitoring.api.HousingLocations;
import nl.arbeidsmigratie.regie.monitoring.api.LocationDetails;
import nl.arbeidsmigratie.regie.monitoring.api.LocationView;
import nl.arbeidsmigratie.regie.monitoring.api.NormCheck;
import nl.arbeidsmigratie.regie.monitoring.api.Norms;
import nl.arbeidsmigratie.regie.monitoring.api.OccupancyFigures;
import nl.arbeidsmigratie.regie.monitoring.api.OccupancyReports;
import nl.arbeidsmigratie.regie.monitoring.api.OccupancyView;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.web.rest.CallerLanguage;
import nl.arbeidsmigratie.regie.web.rest.CreatedAnswers;
import nl.arbeidsmigratie.regie.web.rest.MomentParameters;
import nl.arbeidsmigratie.regie.web.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Housing locations with their occupancy and norm check, as known now or on any earlier moment. The same access
 * rules as the pages: officers their own municipality, coordinators any, auditors read only.
 */
@Path("locations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "Not signed in")
@APIResponse(responseCode = "403", description = "Not allowed for this municipality or role (problem document)")
public class LocationsResource {

    private static final String AS_KNOWN_ON = "A date (end of that day) or an ISO instant; absent means now";

    @Inject
    MunicipalityParameter municipalities;

    @Inject
    HousingLocations locations;

    @Inject
    OccupancyReports occupancy;

    @Inject
    Norms norms;

    @GET
    @Operation(operationId = "Locations_list", summary = "The locations of a municipality as known on a moment")
    @APIResponse(responseCode = "200", description = "The locations, by name",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = LocationView.class)))
    @APIResponse(responseCode = "400", description = "A parameter cannot be read (problem document naming it)")
    public List<LocationView> list(
            @Parameter(description = "CBS code, e.g. GM1783", required = true) @QueryParam("municipality") String municipality,
            @Parameter(description = AS_KNOWN_ON) @QueryParam("asKnownOn") String asKnownOn) {
        return locations.asKnownOn(municipalities.read(municipality), MomentParameters.asKnownOn(asKnownOn));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "Locations_register",
            summary = "Register a location (officers of its municipality, coordinators)")
    @APIResponse(responseCode = "201", description = "The first version of the location",
            headers = @Header(name = "Location", description = "The new location's address",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = LocationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid details (problem document naming the field)")
    public Response register(LocationDetails details) {
        LocationView registered = locations.register(required("body", details));
        return CreatedAnswers.at("locations/" + registered.locationId(), registered);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "Locations_one", summary = "One location as known on a moment")
    @APIResponse(responseCode = "200", description = "The version known then",
            content = @Content(schema = @Schema(implementation = LocationView.class)))
    @APIResponse(responseCode = "404", description = "Not recorded by then")
    public Response one(@PathParam("id") long id, @Parameter(description = AS_KNOWN_ON) @QueryParam("asKnownOn") String asKnownOn,
                        @Context HttpHeaders headers) {
        return locations.find(id, MomentParameters.asKnownOn(asKnownOn)).map(found -> Response.ok(found).build())
                .orElseGet(() -> Problem.response(Response.Status.NOT_FOUND, CallerLanguage.of(headers).text(
                        "error.location.not-yet-recorded", "This location had not been recorded yet at that moment."),
                        "asKnownOn"));
    }

    @GET
    @Path("{id}/changes")
    @Operation(operationId = "Locations_changes",
            summary = "The change log of a location: every version with who, when, why, and each field before and after")
    @APIResponse(responseCode = "200", description = "Oldest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ChangeLogEntry.class)))
    public List<ChangeLogEntry> changes(@PathParam("id") long id) {
        return locations.changeLog(id);
    }

    @GET
    @Path("{id}/occupancy")
    @Operation(operationId = "Locations_occupancy",
            summary = "The occupancy reports of a location as known on a moment")
    @APIResponse(responseCode = "200", description = "Newest reference date first; the figures as recorded, for"
            + " auditors too, who review them (the CSV export, a file that travels, writes 1 to 4 persons as <5 for"
            + " them)",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = OccupancyView.class)))
    public List<OccupancyView> occupancy(@PathParam("id") long id,
                                         @Parameter(description = AS_KNOWN_ON) @QueryParam("asKnownOn") String asKnownOn) {
        return occupancy.asKnownOn(id, MomentParameters.asKnownOn(asKnownOn));
    }

    @POST
    @Path("{id}/occupancy")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "Locations_report", summary = "Report the occupancy of a location on a reference date")
    @APIResponse(responseCode = "201", description = "The recorded report",
            headers = @Header(name = "Location", description = "The new report's address, where it is read and "
                    + "corrected", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OccupancyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid figures (problem document naming the field)")
    public Response report(@PathParam("id") long id, OccupancyFigures figures) {
        OccupancyView reported = occupancy.report(ofLocation(id, required("body", figures)));
        return CreatedAnswers.at("locations/" + id + "/occupancy/" + reported.id(), reported);
    }

    @GET
    @Path("{id}/occupancy/{reportId}")
    @Operation(operationId = "Locations_oneReport",
            summary = "One version of an occupancy report as recorded, also once corrected (its change log tells what "
            + "followed)")
    @APIResponse(responseCode = "200", description = "The version, as the location's reports show it",
            content = @Content(schema = @Schema(implementation = OccupancyView.class)))
    @APIResponse(responseCode = "404", description = "No such report of this location that the caller may read")
    public OccupancyView oneReport(@PathParam("id") long id, @PathParam("reportId") long reportId) {
        return occupancy.version(id, reportId);
    }

    /** The figures for the location of the address; a body that names another is refused rather than moved. */
    private static OccupancyFigures ofLocation(long id, OccupancyFigures f) {
        if (f.locationId() != 0 && f.locationId() != id) {
            throw new InvalidInputException("locationId", "error.occupancy.location.other",
                    "locationId " + f.locationId() + " is not the location of the address, " + id);
        }
        return new OccupancyFigures(id, f.referenceDate(), f.persons(), f.shortStay(), f.midStay(), f.longStay());
    }

    /** A correction of an occupancy report: the figures as they should have been, and why; the facade requires both. */
    @Schema(requiredProperties = {"figures", "reason"})
    public record OccupancyCorrection(OccupancyFigures figures, String reason) {
    }

    @PUT
    @Path("{id}/occupancy/{reportId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "Locations_correct",
            summary = "Correct an occupancy report on its own date, with the reason; the version it corrects stays "
            + "in the history")
    @APIResponse(responseCode = "200", description = "The correction: the report's new latest version",
            content = @Content(schema = @Schema(implementation = OccupancyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid figures or no reason (problem document naming the field)")
    @APIResponse(responseCode = "409", description = "Corrected meanwhile: reportId is no longer the latest version")
    public OccupancyView correct(@PathParam("id") long id, @PathParam("reportId") long reportId,
                                 OccupancyCorrection correction) {
        OccupancyCorrection c = required("body", correction);
        return occupancy.correct(reportId, ofLocation(id, required("figures", c.figures())), c.reason());
    }

    @GET
    @Path("{id}/norm-check")
    @Operation(operationId = "Locations_normCheck",
            summary = "The norm check of a location on a reference date, with the norms valid on that date")
    @APIResponse(responseCode = "200", description = "Each rule with measured value and limit",
            content = @Content(schema = @Schema(implementation = NormCheck.class)))
    public NormCheck normCheck(@PathParam("id") long id,
                               @Parameter(description = "Reference date; absent means today") @QueryParam("date") String date,
                               @Parameter(description = AS_KNOWN_ON) @QueryParam("asKnownOn") String asKnownOn) {
        return norms.check(id, MomentParameters.date("date", date), MomentParameters.asKnownOn(asKnownOn));
    }
}
