package nl.arbeidsmigratie.regie.web.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import nl.arbeidsmigratie.regie.platform.api.Page;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityDirectory;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityQuery;
import nl.arbeidsmigratie.regie.registration.api.MunicipalitySort;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityView;
import nl.arbeidsmigratie.regie.web.monitoring.MunicipalityPage;
import nl.arbeidsmigratie.regie.web.rest.BadParameterException;
import nl.arbeidsmigratie.regie.web.rest.CallerLanguage;
import nl.arbeidsmigratie.regie.web.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The register of municipalities, read-only. */
@Path("municipalities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MunicipalitiesResource {

    static final int MAX_SIZE = 100;

    @Inject
    MunicipalityDirectory directory;

    /** A page of municipalities with the paging that produced it. */
    public record MunicipalityPage(List<MunicipalityView> items, long total, int page, int size) {
    }

    @GET
    @Operation(operationId = "Municipalities_list",
            summary = "List municipalities", description = "Paged, optionally filtered by region and province.")
    @APIResponse(responseCode = "200", description = "A page of municipalities",
            content = @Content(schema = @Schema(implementation = MunicipalityPage.class)))
    @APIResponse(responseCode = "400", description = "A paging or filter parameter is invalid (problem document)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public MunicipalityPage list(
            @Parameter(description = "Part of the name, any case") @QueryParam("name") String name,
            @Parameter(description = "Exact region name, e.g. Haaglanden") @QueryParam("region") String region,
            @Parameter(description = "Exact province name, e.g. Zuid-Holland") @QueryParam("province") String province,
            @Parameter(description = "Page number, from 0",
                    schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("page") @DefaultValue("0") String page,
            @Parameter(description = "Page size, 1 to 100",
                    schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("size") @DefaultValue("20") String size,
            @Parameter(description = "code, name, province or region; prefix - for descending")
            @QueryParam("sort") @DefaultValue("name") String sort) {
        int pageNumber = BadParameterException.wholeNumber("page", page, 0, Integer.MAX_VALUE / MAX_SIZE);
        int pageSize = BadParameterException.wholeNumber("size", size, 1, MAX_SIZE);
        String inRegion = BadParameterException.knownRegion(region, directory.regions());
        if (province != null && !directory.provinces().contains(province)) {
            throw new BadParameterException("province", "unknown province '" + province + "'; known: "
                    + directory.provinces(), "error.api.province.unknown", province,
                    String.join(", ", directory.provinces()));
        }
        boolean descending = sort.startsWith("-");
        MunicipalitySort column = sortColumn(descending ? sort.substring(1) : sort);
        Page<MunicipalityView> result = directory.search(new MunicipalityQuery(name, inRegion, province, column,
                descending, pageNumber * pageSize, pageSize));
        return new MunicipalityPage(result.items(), result.total(), pageNumber, pageSize);
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "Municipalities_one", summary = "One municipality by CBS code")
    @APIResponse(responseCode = "200", description = "The municipality",
            content = @Content(schema = @Schema(implementation = MunicipalityView.class)))
    @APIResponse(responseCode = "404", description = "No municipality with this code")
    public Response one(@PathParam("code") String code, @Context HttpHeaders headers) {
        return directory.find(code.toUpperCase(Locale.ROOT))
                .map(m -> Response.ok(m).build())
                .orElseGet(() -> Problem.response(Response.Status.NOT_FOUND, CallerLanguage.of(headers)
                        .text("error.municipality.unknown", "This municipality does not exist."), null));
    }

    private static MunicipalitySort sortColumn(String value) {
        try {
            return MunicipalitySort.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new BadParameterException("sort", "sort must be code, name, province or region, optionally "
                    + "prefixed with -, not '" + value + "'", "error.api.sort", value);
        }
    }
}
