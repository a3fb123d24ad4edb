package nl.arbeidsmigratie.regie.web.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.arbeidsmigratie.regie.registration.api.EditionView;
import nl.arbeidsmigratie.regie.registration.api.Editions;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentStatus;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentView;
import nl.arbeidsmigratie.regie.registration.api.Enrolments;
import nl.arbeidsmigratie.regie.web.faces.RecordIds;
import nl.arbeidsmigratie.regie.web.rest.BadParameterException;
import nl.arbeidsmigratie.regie.web.rest.CallerLanguage;
import nl.arbeidsmigratie.regie.web.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Editions of the learning circle and, for coordinators, their enrolments; read-only. */
@Path("editions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EditionsResource {

    @Inject
    Editions editions;

    @Inject
    Enrolments enrolments;

    @GET
    @Operation(operationId = "Editions_list", summary = "List editions of the learning circle",
            description = "The latest first, each with its state today and the number of places taken.")
    @APIResponse(responseCode = "200", description = "All editions",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EditionView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    public List<EditionView> list() {
        return editions.list();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "Editions_one", summary = "One edition by id")
    @APIResponse(responseCode = "200", description = "The edition",
            content = @Content(schema = @Schema(implementation = EditionView.class)))
    @APIResponse(responseCode = "404", description = "No edition with this id")
    public Response one(
            @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id") String id,
            @Context HttpHeaders headers) {
        return editions.find(editionId(id))
                .map(edition -> Response.ok(edition).build())
                .orElseGet(() -> noEdition(headers));
    }

    @GET
    @Path("{id}/enrolments")
    @Operation(operationId = "Editions_enrolments", summary = "The enrolments of an edition (coordinators only)",
            description = "In order of arrival, optionally only those with the given statuses.")
    @APIResponse(responseCode = "200", description = "The enrolments",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EnrolmentView.class)))
    @APIResponse(responseCode = "400", description = "An unknown status (problem document)")
    @APIResponse(responseCode = "403", description = "Not a coordinator (problem document)")
    @APIResponse(responseCode = "404", description = "No edition with this id")
    public Response enrolments(
            @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id") String id,
            @Parameter(description = "SUBMITTED, CONFIRMED, WAITING_LIST, DECLINED or WITHDRAWN; repeat for several")
            @QueryParam("status") List<String> status,
            @Context HttpHeaders headers) {
        Set<EnrolmentStatus> statuses = statuses(status);
        long editionId = editionId(id);
        if (editions.find(editionId).isEmpty()) {
            return noEdition(headers);
        }
        List<EnrolmentView> found = enrolments.list(editionId, statuses);
        return Response.ok(found).build();
    }

    private static Response noEdition(HttpHeaders headers) {
        return Problem.response(Response.Status.NOT_FOUND, CallerLanguage.of(headers).text("error.edition.unknown",
                "This edition does not exist."), null);
    }

    private static long editionId(String id) {
        try {
            return RecordIds.parse(id);
        } catch (NumberFormatException notANumber) {
            throw new BadParameterException("id", "id must be a whole number, not '" + id + "'", "error.api.id", id);
        }
    }

    private static Set<EnrolmentStatus> statuses(List<String> values) {
        Set<EnrolmentStatus> statuses = EnumSet.noneOf(EnrolmentStatus.class);
        for (String value : values) {
            try {
                statuses.add(EnrolmentStatus.valueOf(value.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                throw new BadParameterException("status", "status must be one of " + EnumSet.allOf(EnrolmentStatus.class)
                        + ", not '" + value + "'", "error.api.one-of", "status",
                        EnumSet.allOf(EnrolmentStatus.class).toString(), value);
            }
        }
        return statuses;
    }
}
