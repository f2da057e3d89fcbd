package io.gatehouse.web.security;

import java.net.URI;
import java.util.Optional;

/**
 * A place on this site to send someone back to, taken from what a client sent (a saved request, a
 * Referer, the page they asked for). Browsers drop tabs and line breaks from a URL and read {@code \}
 * as {@code /}, so {@code /\t/evil.example} or {@code /\evil.example} would leave the site: only a path
 * that starts with one {@code /} and holds no such characters is kept.
 */
public final class LocalPath {

    private LocalPath() {
    }

    /** The path and query of {@code url} (absolute or not), if it is a URL on {@code host} or on no host. */
    public static Optional<String> of(String url, String host) {
        return parse(url).filter(uri -> uri.getHost() == null || uri.getHost().equalsIgnoreCase(host))
                .flatMap(LocalPath::pathAndQuery);
    }

    /** The path and query of a URL this site recorded itself (a saved request), whatever host it names. */
    public static Optional<String> ofOwn(String url) {
        return parse(url).flatMap(LocalPath::pathAndQuery);
    }

    private static Optional<URI> parse(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(URI.create(url));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static Optional<String> pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return checked(path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    /** {@code path} itself, if it is a path on this site. */
    public static Optional<String> checked(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//")) {
            return Optional.empty();
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x21 || c == 0x7f || c == '\\') {
                return Optional.empty();
            }
        }
        return Optional.of(path);
    }
}
