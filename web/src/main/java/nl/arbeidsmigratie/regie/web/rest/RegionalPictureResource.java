package nl.arbeidsmigratie.regie.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.arbeidsmigratie.regie.monitoring.api.RegionalPicture;
import nl.arbeidsmigratie.regie.monitoring.api.RegionalPictureView;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityDirectory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The regional picture: demand against capacity per municipality, region and province. Aggregates only. */
@Path("regional-picture")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegionalPictureResource {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    @Inject
    RegionalPicture picture;

    @Inject
    MunicipalityDirectory directory;

    @GET
    @Operation(summary = "The regional picture on a reference date",
            description = "Per municipality of the region, for the region and for its province: estimated migrants "
                    + "living there (range), beds in active locations, occupancy, the gap (range) and the share of "
                    + "beds meeting the norm valid on the date, as known at a moment.")
    @APIResponse(responseCode = "200", description = "The picture")
    @APIResponse(responseCode = "400", description = "A parameter is missing or invalid (problem document naming it)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public RegionalPictureView picture(
            @Parameter(description = "Exact region name, e.g. Haaglanden", required = true)
            @QueryParam("region") String region,
            @Parameter(description = "Reference date (yyyy-MM-dd); today when absent") @QueryParam("date") String date,
            @Parameter(description = "The moment the figures were known, ISO-8601 with offset "
                    + "(e.g. 2024-01-01T12:00:00Z); now when absent") @QueryParam("asKnownOn") String asKnownOn) {
        List<String> known = directory.regions();
        if (region == null || !known.contains(region)) {
            throw new BadParameterException("region", (region == null || region.isBlank() ? "region is required"
                    : "unknown region '" + region + "'") + "; known: " + known);
        }
        return picture.picture(region, day(date), moment(asKnownOn));
    }

    private static LocalDate day(String value) {
        if (value == null || value.isBlank()) {
            return LocalDate.now(NETHERLANDS);
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadParameterException("date", "date must be a date like 2024-01-31, not '" + value + "'");
        }
    }

    private static Instant moment(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadParameterException("asKnownOn", "asKnownOn must be an ISO-8601 moment with offset like "
                    + "2024-01-31T12:00:00Z, not '" + value + "'");
        }
    }
}
