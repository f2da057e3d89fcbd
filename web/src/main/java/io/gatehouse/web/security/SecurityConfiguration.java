package io.gatehouse.web.security;

import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.web.sessions.EndedSessionFilter;
import io.gatehouse.web.sessions.EndedSessions;
import io.gatehouse.web.signin.SignInForms;
import io.gatehouse.web.signin.SignOutRecorder;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import java.time.Clock;

/**
 * One filter chain per site area, tried in order; the last one denies whatever no area claimed.
 * Every chain shares the same headers, the per-request account check, the sign-in gates and the
 * session-backed context.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private final AccountDirectory directory;
    private final EndedSessionFilter endedSessions;

    SecurityConfiguration(AccountDirectory directory, EndedSessions endedSessions) {
        this.directory = directory;
        this.endedSessions = new EndedSessionFilter(endedSessions);
    }

    @Bean
    PasswordEncoder passwordEncoder(PasswordHashing hashing) {
        return hashing.encoder();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /** A NUL reaches no code: PostgreSQL cannot hold one, and a typo or a probe must not become a 500. */
    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedParameterValues(value -> value.indexOf('\0') < 0);
        firewall.setAllowedParameterNames(name -> name.indexOf('\0') < 0);
        return firewall;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> securityHeadersOnEveryResponse() {
        return factory -> factory.addEngineValves(new SecurityHeadersValve());
    }

    @Bean
    @Order(1)
    SecurityFilterChain staticResources(HttpSecurity http) throws Exception {
        http.securityMatcher("/css/**", "/js/**", "/favicon.ico", "/actuator/health", "/actuator/health/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .cacheControl(c -> c.disable()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain adminArea(HttpSecurity http, SecurityContextRepository contexts, SignInForms forms,
                                  Clock clock) throws Exception {
        common(http, contexts, new LoginUrlAuthenticationEntryPoint("/admin/login"));
        forms.apply(http, "/admin/login", "/admin", true);
        http.securityMatcher("/admin", "/admin/**")
                .addFilterAfter(new StepUpFilter(clock, "/admin"), SignInGateFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/admin/login").permitAll()
                        .anyRequest().hasRole("ADMIN"));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain auditArea(HttpSecurity http, SecurityContextRepository contexts) throws Exception {
        return roleArea(http, contexts, "/audit", "AUDITOR", "ADMIN");
    }

    @Bean
    @Order(4)
    SecurityFilterChain sponsorArea(HttpSecurity http, SecurityContextRepository contexts) throws Exception {
        return roleArea(http, contexts, "/sponsor", "SPONSOR");
    }

    @Bean
    @Order(5)
    SecurityFilterChain editorArea(HttpSecurity http, SecurityContextRepository contexts) throws Exception {
        return roleArea(http, contexts, "/editor", "EDITOR");
    }

    /** Your own account, whatever its state, and the second step of signing in. */
    @Bean
    @Order(6)
    SecurityFilterChain accountArea(HttpSecurity http, SecurityContextRepository contexts, SignOutRecorder signOuts,
                                    Clock clock) throws Exception {
        common(http, contexts, new LoginUrlAuthenticationEntryPoint("/login"));
        http.securityMatcher("/account", "/account/**", "/logout", "/login/mfa")
                .addFilterAfter(new StepUpFilter(clock, "/account/tokens"), SignInGateFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").addLogoutHandler(signOuts)
                        .deleteCookies("GATEHOUSE_SESSION"));
        return http.build();
    }

    @Bean
    @Order(7)
    SecurityFilterChain publicPages(HttpSecurity http, SecurityContextRepository contexts, SignInForms forms)
            throws Exception {
        common(http, contexts, new LoginUrlAuthenticationEntryPoint("/login"));
        forms.apply(http, "/login", "/account/status", false);
        http.securityMatcher("/", "/signup/**", "/login", "/password/**", "/session-ended", "/error")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll());
        return http.build();
    }

    /** Anything no area claimed: nobody gets it, and it does not even admit to existing. */
    @Bean
    @Order(Integer.MAX_VALUE)
    SecurityFilterChain denyEverythingElse(HttpSecurity http, SecurityContextRepository contexts) throws Exception {
        AuthenticationEntryPoint notFound = (request, response, e) -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        common(http, contexts, notFound);
        http.authorizeHttpRequests(a -> a.anyRequest().denyAll())
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) -> {
                    if (denied instanceof CsrfException) {
                        new StatusAwareAccessDeniedHandler().handle(request, response, denied);
                    } else {
                        response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    }
                }));
        return http.build();
    }

    /** An area of the platform: everything under {@code root}, for ACTIVE accounts holding one of the roles. */
    private SecurityFilterChain roleArea(HttpSecurity http, SecurityContextRepository contexts, String root,
                                         String... roles) throws Exception {
        common(http, contexts, new LoginUrlAuthenticationEntryPoint("/login"));
        http.securityMatcher(root, root + "/**")
                .authorizeHttpRequests(a -> a.anyRequest().hasAnyRole(roles));
        return http.build();
    }

    private void common(HttpSecurity http, SecurityContextRepository contexts, AuthenticationEntryPoint entryPoint)
            throws Exception {
        http.securityContext(c -> c.securityContextRepository(contexts))
                .addFilterBefore(endedSessions, CsrfFilter.class)
                .addFilterAfter(new CurrentAccountFilter(directory), SecurityContextHolderFilter.class)
                .addFilterAfter(new SignInGateFilter(), CurrentAccountFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(new StatusAwareAccessDeniedHandler()))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
    }
}
