package io.gatehouse.web.export;

import jakarta.servlet.http.HttpServletResponse;

import java.util.stream.Collectors;

/**
 * The export quota in response headers, in the structured-field form of the IETF httpapi draft "RateLimit header
 * fields for HTTP": {@code RateLimit-Policy: "minute";q=10;w=60, "day";q=200;w=86400} (each window's quota and
 * length in seconds) and {@code RateLimit: "minute";r=7;t=42, "day";r=190;t=30000} (what is left and the seconds
 * until the window ends), plus {@code Retry-After} in seconds on a refusal. The pages and the API write the same.
 */
public final class RateLimitHeaders {

    private RateLimitHeaders() {
    }

    /** For a successful export. */
    public static void write(HttpServletResponse response, ExportedPdf exported) {
        write(response, exported.quota());
    }

    /** For a refusal: {@code Retry-After} as well. The caller sets the status, 429. */
    public static void write(HttpServletResponse response, ExportRefusedException refused) {
        if (refused.quota() != null) {
            write(response, refused.quota());
        }
        response.setHeader("Retry-After", String.valueOf(InWords.seconds(refused.retryAfter())));
    }

    private static void write(HttpServletResponse response, ExportQuota quota) {
        response.setHeader("RateLimit-Policy", policy(quota));
        response.setHeader("RateLimit", remaining(quota));
    }

    static String policy(ExportQuota quota) {
        return quota.windows().stream()
                .map(w -> "\"" + w.name() + "\";q=" + w.quota() + ";w=" + w.length().toSeconds())
                .collect(Collectors.joining(", "));
    }

    static String remaining(ExportQuota quota) {
        return quota.windows().stream()
                .map(w -> "\"" + w.name() + "\";r=" + w.remaining() + ";t=" + InWords.seconds(w.resetIn()))
                .collect(Collectors.joining(", "));
    }
}
