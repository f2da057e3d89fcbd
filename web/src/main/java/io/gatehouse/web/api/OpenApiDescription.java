package io.gatehouse.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What springdoc cannot read from the controllers: the API's name and how it is signed in to. */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

    @Bean
    OpenAPI gatehouseApi() {
        return new OpenAPI()
                .info(new Info().title("Gatehouse API").version("v1").description("""
                        Personal API tokens are made at /account/tokens and sent as `Authorization: Bearer gh_…`.
                        Each request is checked against the token and its account as they are now: a suspended
                        account, a revoked role or a revoked token is refused on the next call. Errors are
                        RFC 9457 problem documents (application/problem+json)."""))
                .components(new Components().addSecuritySchemes("token", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("gh_<prefix>_<secret>")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
