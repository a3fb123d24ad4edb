package nl.arbeidsmigratie.regie.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The API, version 1. Every endpoint requires a personal API token of an active account, sent as
 * {@code Authorization: Bearer regie_…}; a person creates one on their profile page. The session cookie of the
 * pages is ignored here.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Arbeidsmigratie Regie API", version = "1",
                description = "The register of municipalities and regions, the learning circle's editions and "
                        + "enrolments, monitoring (locations, counts and occupancy with their history as known on "
                        + "any moment, CSV import and export, the regional and national picture), strategy documents "
                        + "and the meetings of the learning circle. Every call acts for the person whose token it "
                        + "carries, with the same rights as on the pages: officers their own municipality, "
                        + "coordinators every municipality, auditors read. Refusals are problem documents "
                        + "(application/problem+json) naming the parameter or field at fault."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "personal API token (regie_…)",
        description = "A personal API token, created on the profile page and shown once; expires within a year.")
public class RestApplication extends Application {

    /**
     * No WADL: the OpenAPI document describes the API, and Jersey then builds no WADL support at start. An answer of
     * up to 4 MB (a document's PDF, a large list) is written whole before it is sent, so it goes with its length, and
     * HEAD names the same length as GET; a longer one (a national export) streams.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true,
                "jersey.config.server.contentLength.buffer", 4 * 1024 * 1024);
    }
}
