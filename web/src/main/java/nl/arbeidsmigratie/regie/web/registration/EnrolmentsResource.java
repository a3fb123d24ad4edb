package nl.arbeidsmigratie.regie.web.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentView;
import nl.arbeidsmigratie.regie.registration.api.Enrolments;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The signed-in officer's own municipality's enrolments for the learning circle. */
@Path("enrolments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EnrolmentsResource {

    @Inject
    Enrolments enrolments;

    @GET
    @Path("own")
    @Operation(operationId = "Enrolments_own",
            summary = "Your own municipality's enrolments (officers only)", description = "The latest first.")
    @APIResponse(responseCode = "200", description = "The enrolments of the officer's municipality",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EnrolmentView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an officer of a municipality (problem document)")
    public List<EnrolmentView> own() {
        return enrolments.own();
    }
}
