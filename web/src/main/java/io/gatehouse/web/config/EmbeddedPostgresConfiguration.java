package io.gatehouse.web.config;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.FileSystemUtils;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A real PostgreSQL for people who have none: started when {@code spring.datasource.url} is not set.
 * Its data lives under {@code gatehouse.data-dir} and survives restarts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDatasourceConfigured.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgres(GatehouseProperties properties) throws IOException {
        boolean ephemeral = properties.embeddedDatabase().ephemeral();
        Path dataDir = ephemeral
                ? Files.createTempDirectory("gatehouse-pg-")
                : properties.dataDir().toAbsolutePath().resolve("postgres");
        Files.createDirectories(dataDir);
        OrphanedPostgres.stopIfRunning(dataDir);
        long started = System.nanoTime();
        // Our own shutdown hook would stop PostgreSQL before Axon and the pool let go of it; Spring closes it last instead.
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false);
        serverSettings(properties.embeddedDatabase()).forEach(builder::setServerConfig);
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL started on port {} with data in {}{} ({} ms)", postgres.getPort(), dataDir,
                properties.embeddedDatabase().durable() ? "" : ", not durable (fsync off)",
                (System.nanoTime() - started) / 1_000_000);
        return new EmbeddedPostgresServer(postgres, ephemeral ? dataDir : null);
    }

    /**
     * The server settings PostgreSQL starts with. zonky starts it with {@code -F} (fsync off) and
     * {@code synchronous_commit=off}, which lose acknowledged commits in a crash; a {@code -c fsync=on} given
     * after {@code -F} wins, so the durable default names all three settings explicitly.
     */
    static Map<String, String> serverSettings(GatehouseProperties.EmbeddedDatabase settings) {
        String durable = settings.durable() ? "on" : "off";
        Map<String, String> server = new LinkedHashMap<>();
        server.put("max_connections", "200");
        server.put("fsync", durable);
        server.put("synchronous_commit", durable);
        server.put("full_page_writes", durable);
        return server;
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setPoolName("gatehouse-embedded");
        dataSource.setMaximumPoolSize(20);
        // while the database is away a request waits this long for a connection, then gets the 503 page
        dataSource.setConnectionTimeout(3000);
        return dataSource;
    }

    /** The running server; closing it stops PostgreSQL and, for an ephemeral one, deletes its data. */
    static final class EmbeddedPostgresServer implements AutoCloseable {
        private final EmbeddedPostgres postgres;
        private final Path deleteOnClose;

        EmbeddedPostgresServer(EmbeddedPostgres postgres, Path deleteOnClose) {
            this.postgres = postgres;
            this.deleteOnClose = deleteOnClose;
        }

        String jdbcUrl() {
            return postgres.getJdbcUrl("postgres", "postgres");
        }

        @Override
        public void close() throws IOException {
            postgres.close();
            if (deleteOnClose != null) {
                FileSystemUtils.deleteRecursively(deleteOnClose);
            }
        }
    }

    static class NoDatasourceConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
