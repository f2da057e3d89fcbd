package io.gatehouse.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The outermost filter: when the database cannot be reached before a controller runs (the session store, the
 * per-request account check), answers a plain 503 page at once instead of the container's 500. The page is
 * written here, without templates or the session, because everything else that would render it needs the
 * database. Once PostgreSQL is back the pool reconnects and the next request is served as usual.
 */
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "10";

    static final String PAGE = """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Unavailable for a moment · Gatehouse</title>
            <link rel="stylesheet" href="/css/gatehouse.css">
            </head>
            <body>
            <header class="topbar"><a class="brand" href="/">Gatehouse</a></header>
            <main>
            <section class="error-page">
              <p class="status-code">503</p>
              <h1>Gatehouse is unavailable for a moment</h1>
              <p>It cannot reach its database just now. Nothing was changed. Please try again in a few seconds.</p>
              <p><a href="%s">Try again</a></p>
            </section>
            </main>
            </body>
            </html>
            """;

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final DataSource database;

    /** With the app's pool, asked when a database failure does not say whether the database is away. */
    public DatabaseUnavailableFilter(DataSource database) {
        this.database = database;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (response.isCommitted() || !DatabaseUnavailable.causedBy(failure, database)) {
                throw failure;
            }
            log.warn("Database unreachable: answered 503 to {} {} ({})", request.getMethod(),
                    request.getRequestURI(), failure.toString());
            answer(request, response);
        }
    }

    /** The 503 every part of the app gives while the database is away. */
    public static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        // a GET may simply be asked again; a form's answer goes back to where the person was
        String again = "GET".equals(request.getMethod()) ? request.getRequestURI() : "/";
        byte[] body = PAGE.formatted(HtmlUtils.htmlEscape(again)).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
