package io.gatehouse.web.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Gatehouse's own settings.
 *
 * @param dataDir          where the embedded PostgreSQL keeps its data when no external database is configured
 * @param embeddedDatabase how the embedded PostgreSQL runs
 * @param admin            the first admin, created at start-up when no ACTIVE admin exists
 * @param baseUrl          the public address used in links in mails ({@code GATEHOUSE_BASE_URL}); unset:
 *                         {@code http://localhost:<port>}
 */
@ConfigurationProperties("gatehouse")
public record GatehouseProperties(@DefaultValue("./gatehouse-data") Path dataDir,
                                  @DefaultValue EmbeddedDatabase embeddedDatabase,
                                  @DefaultValue Admin admin,
                                  String baseUrl) {

    /**
     * @param ephemeral start from an empty database in a temporary directory and delete it on shutdown (tests)
     * @param durable   run PostgreSQL with fsync, synchronous_commit and full_page_writes on, so that an act
     *                  acknowledged to a person is on disk; only tests turn it off, for speed
     */
    public record EmbeddedDatabase(@DefaultValue("false") boolean ephemeral,
                                   @DefaultValue("true") boolean durable) {
    }

    /**
     * @param email    the first admin's e-mail; defaults to admin@gatehouse.local
     * @param password the first admin's password; when unset a one-time password is generated and logged once
     */
    public record Admin(@DefaultValue("admin@gatehouse.local") String email, String password) {
    }
}
