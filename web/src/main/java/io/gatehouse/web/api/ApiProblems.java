package io.gatehouse.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

/**
 * The API's refusals before any controller runs, as RFC 9457 problem documents: 401 with Spring Security's
 * {@code WWW-Authenticate: Bearer} challenge (RFC 6750), 403 naming the missing scope or the account's state,
 * and 429 with {@code Retry-After} for a client that sent too many bad tokens.
 */
@Component
public class ApiProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    public static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
    private final JsonMapper json;

    ApiProblems(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof ApiThrottledException throttled) {
            long seconds = seconds(throttled.retryAfter());
            response.setHeader("Retry-After", Long.toString(seconds));
            write(response, problem(HttpStatus.TOO_MANY_REQUESTS, "Too many failed tokens from this client; "
                    + "try again in " + seconds + " seconds.", request));
            return;
        }
        challenge.commence(request, response, failure);
        boolean presented = request.getHeader("Authorization") != null;
        write(response, problem(HttpStatus.UNAUTHORIZED, presented
                ? "The bearer token is malformed, unknown, expired or revoked."
                : "This API needs an Authorization: Bearer header with a personal API token from /account/tokens.",
                request));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        // RFC 6750's answer for a token that is valid but may not do this (Spring's handler says only "Bearer"
        // for authentications that are not its own token types)
        response.setHeader("WWW-Authenticate", "Bearer error=\"insufficient_scope\", "
                + "error_description=\"The token's scopes or its account's roles do not allow this request\"");
        write(response, problem(HttpStatus.FORBIDDEN, whyDenied(), request));
    }

    private static String whyDenied() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ApiCaller caller) {
            if (caller.scopes().isEmpty() && !caller.tokenScopes().isEmpty()) {
                return caller.status() == io.gatehouse.account.AccountStatus.ACTIVE
                        ? "This account's roles no longer allow any of this token's scopes."
                        : "This account is " + caller.status() + "; its tokens can only read /api/v1/me.";
            }
        }
        return "This token's scopes, or its account's roles, do not allow this request.";
    }

    public static ProblemDetail problem(HttpStatus status, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    /** Writes a problem from outside Spring MVC (a filter, the error page). */
    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(PROBLEM.toString());
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }

    /** Whole seconds, rounded up: a client that waits that long finds the allowance refilled. */
    static long seconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }
}
