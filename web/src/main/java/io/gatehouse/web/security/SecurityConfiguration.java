package io.gatehouse.web.security;

import io.gatehouse.query.account.AccountDirectory;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import java.util.Map;

/**
 * One filter chain per site area, tried in order; the last one denies whatever no area claimed.
 * Every chain shares the same headers, the per-request account check and the session-backed context.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private final AccountDirectory directory;

    SecurityConfiguration(AccountDirectory directory) {
        this.directory = directory;
    }

    /**
     * Argon2id (memory-hard; no 72-byte limit, so every password the policy allows can be hashed).
     * The {id} prefix of each stored hash names its algorithm, so a later change needs no migration.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    AuthenticationManager authenticationManager(AccountUserDetailsService users, PasswordEncoder encoder,
                                                AuthenticationEventPublisher events) {
        return providerManager(new AccountAuthenticationProvider(users, encoder, false), events);
    }

    private static ProviderManager providerManager(AccountAuthenticationProvider provider,
                                                   AuthenticationEventPublisher events) {
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    @Bean
    @Order(1)
    SecurityFilterChain staticResources(HttpSecurity http) throws Exception {
        http.securityMatcher("/css/**", "/favicon.ico", "/actuator/health", "/actuator/health/**")
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
    SecurityFilterChain adminArea(HttpSecurity http, AccountUserDetailsService users, PasswordEncoder encoder,
                                  SecurityContextRepository contexts, AuthenticationEventPublisher events,
                                  SignInThrottle throttle) throws Exception {
        common(http, contexts, new LoginUrlAuthenticationEntryPoint("/admin/login"));
        http.addFilterBefore(new SignInThrottleFilter(throttle, "/admin/login"), UsernamePasswordAuthenticationFilter.class);
        http.securityMatcher("/admin", "/admin/**")
                .authenticationManager(providerManager(new AccountAuthenticationProvider(users, encoder, true), events))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/admin/login").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .formLogin(f -> f.loginPage("/admin/login").loginProcessingUrl("/admin/login")
                        .defaultSuccessUrl("/admin").failureUrl("/admin/login?error"));
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

    @Bean
    @Order(6)
    SecurityFilterChain accountArea(HttpSecurity http, SecurityContextRepository contexts) throws Exception {
        common(http, contexts, new LoginUrlAuthenticationEntryPoint("/login"));
        http.securityMatcher("/account", "/account/**", "/logout")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .deleteCookies("GATEHOUSE_SESSION"));
        return http.build();
    }

    @Bean
    @Order(7)
    SecurityFilterChain publicPages(HttpSecurity http, SecurityContextRepository contexts,
                                   AuthenticationManager authenticationManager, SignInThrottle throttle)
            throws Exception {
        common(http, contexts, new LoginUrlAuthenticationEntryPoint("/login"));
        http.addFilterBefore(new SignInThrottleFilter(throttle, "/login"), UsernamePasswordAuthenticationFilter.class);
        http.securityMatcher("/", "/signup/**", "/login", "/error")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .formLogin(f -> f.loginPage("/login").loginProcessingUrl("/login")
                        .defaultSuccessUrl("/account/status").failureUrl("/login?error"));
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
                .addFilterAfter(new CurrentAccountFilter(directory), SecurityContextHolderFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(new StatusAwareAccessDeniedHandler()))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
    }
}
