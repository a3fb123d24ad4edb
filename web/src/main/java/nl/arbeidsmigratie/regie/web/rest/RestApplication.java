package nl.arbeidsmigratie.regie.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The read API, version 1. Every endpoint requires a signed-in account (HTTP Basic). */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Arbeidsmigratie Regie API", version = "1",
                description = "Read access to the register of municipalities and the regional picture."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {
}
