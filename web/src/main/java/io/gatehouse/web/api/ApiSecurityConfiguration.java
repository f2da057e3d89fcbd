package io.gatehouse.web.api;

import io.gatehouse.account.ApiScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

import java.util.List;

/**
 * The API's own chain, before every site area: bearer tokens only, nothing kept between requests, no CSRF
 * (no cookie is ever read, so no other site can ride on one). Each endpoint needs the scope named here.
 * The description ({@code /api/v1/openapi.json}) and its browser ({@code /api/docs}) are public; the site's
 * headers (SecurityHeadersValve: its CSP, nosniff, DENY) cover both.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    /** RFC 9728: what the 401's {@code WWW-Authenticate} points clients to (Spring Security serves it). */
    private static final String METADATA = "/.well-known/oauth-protected-resource";

    @Bean
    @Order(0)
    SecurityFilterChain api(HttpSecurity http, BearerTokens tokens, ApiProblems problems) throws Exception {
        http.securityMatcher("/api/v1/**", METADATA, METADATA + "/**")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .anonymous(a -> a.disable())
                .oauth2ResourceServer(o -> o.authenticationManagerResolver(tokens)
                        .authenticationEntryPoint(problems).accessDeniedHandler(problems)
                        .protectedResourceMetadata(m -> m.protectedResourceMetadataCustomizer(metadata -> metadata
                                .resourceName("Gatehouse API").tlsClientCertificateBoundAccessTokens(false)
                                .scopes(scopes -> scopes.addAll(ApiScope.codes(List.of(ApiScope.values())))))))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, METADATA, METADATA + "/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/openapi.json", "/api/v1/openapi.json/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/accounts", "/api/v1/accounts/**")
                        .hasAuthority(scope(ApiScope.ACCOUNTS_READ))
                        .requestMatchers("/api/v1/accounts", "/api/v1/accounts/**")
                        .hasAuthority(scope(ApiScope.ACCOUNTS_WRITE))
                        .requestMatchers(HttpMethod.GET, "/api/v1/audit", "/api/v1/audit/**")
                        .hasAuthority(scope(ApiScope.AUDIT_READ))
                        // an export reads the document (its cost is limited on its own)
                        .requestMatchers(HttpMethod.POST, "/api/v1/documents/*/exports")
                        .hasAuthority(scope(ApiScope.DOCUMENTS_READ))
                        .requestMatchers(HttpMethod.GET, "/api/v1/documents", "/api/v1/documents/**", "/api/v1/editors")
                        .hasAuthority(scope(ApiScope.DOCUMENTS_READ))
                        .requestMatchers("/api/v1/documents", "/api/v1/documents/**")
                        .hasAuthority(scope(ApiScope.DOCUMENTS_WRITE))
                        .anyRequest().authenticated());
        return http.build();
    }

    /** Swagger UI's page and files: public, with the site's script and style policy. */
    @Bean
    @Order(0)
    SecurityFilterChain apiDocs(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/docs", "/api/docs/**", "/api/swagger-ui/**")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .csrf(c -> c.disable())
                .authorizeHttpRequests(a -> a.anyRequest().permitAll());
        return http.build();
    }

    private static String scope(ApiScope scope) {
        return ApiTokenAuthentication.authority(scope);
    }
}
