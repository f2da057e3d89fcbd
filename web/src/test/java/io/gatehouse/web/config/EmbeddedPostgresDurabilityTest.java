package io.gatehouse.web.config;

import io.gatehouse.it.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL people run keeps what it acknowledged: fsync, synchronous commits and full-page
 * writes on. Tests turn them off for speed (src/test/resources/application.properties).
 */
class EmbeddedPostgresDurabilityTest extends IntegrationTest {

    private static final List<String> DURABILITY_SETTINGS = List.of("fsync", "synchronous_commit", "full_page_writes");

    @Autowired
    private DataSource dataSource;

    @Test
    void appDefaultsStartEmbeddedPostgresWithFsyncAndSynchronousCommitOn() throws Exception {
        GatehouseProperties defaults = propertiesAsShipped();
        assertThat(defaults.embeddedDatabase().durable()).isTrue();

        // The configuration's own bean method, so what is checked is what the app starts, -F and all.
        try (EmbeddedPostgresConfiguration.EmbeddedPostgresServer server =
                     new EmbeddedPostgresConfiguration().embeddedPostgres(defaults);
             Connection connection = DriverManager.getConnection(server.jdbcUrl())) {
            assertThat(settings(connection)).isEqualTo(
                    Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on"));
        }
    }

    @Test
    void testsRunTheirEmbeddedPostgresWithFsyncAndSynchronousCommitOff() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(settings(connection)).isEqualTo(
                    Map.of("fsync", "off", "synchronous_commit", "off", "full_page_writes", "off"));
        }
        assertThat(new JdbcTemplate(dataSource).queryForObject("show max_connections", String.class)).isEqualTo("200");
    }

    /**
     * Gatehouse's settings bound from the main application.yml alone, as a person's start gets them: the test
     * classpath's application.properties (durable=false) is left out. Ephemeral only so the database is thrown
     * away afterwards; it does not touch durability.
     */
    private static GatehouseProperties propertiesAsShipped() throws Exception {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new MapPropertySource("test", Map.of("gatehouse.embedded-database.ephemeral", "true")));
        for (PropertySource<?> yaml : new YamlPropertySourceLoader().load("application.yml",
                new ClassPathResource("application.yml"))) {
            sources.addLast(yaml);
        }
        return new Binder(ConfigurationPropertySources.from(sources))
                .bindOrCreate("gatehouse", GatehouseProperties.class);
    }

    private static Map<String, String> settings(Connection connection) throws SQLException {
        Map<String, String> found = new LinkedHashMap<>();
        for (String name : DURABILITY_SETTINGS) {
            try (var statement = connection.createStatement(); ResultSet row = statement.executeQuery("show " + name)) {
                row.next();
                found.put(name, row.getString(1));
            }
        }
        return found;
    }
}
