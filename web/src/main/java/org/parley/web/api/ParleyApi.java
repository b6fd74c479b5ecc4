package org.parley.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Parley's REST API under {@code /api}: JSON in and out, errors as {@code application/problem+json}. */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Parley REST API", version = "0.1",
                description = "Provisioning, call control and reports of the Parley phone system.",
                license = @License(name = "Apache-2.0")),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "A console user, e.g. admin with PARLEY_ADMIN_PASSWORD")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API token created in the console (API tokens page) or with POST /api/tokens")
public class ParleyApi extends Application {
}
