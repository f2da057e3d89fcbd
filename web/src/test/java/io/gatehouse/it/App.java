package io.gatehouse.it;

import com.zaxxer.hikari.HikariDataSource;
import io.gatehouse.GatehouseApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

/** A whole Gatehouse instance started by a test, for tests about restarts and several instances. */
final class App implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private App(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static App start(String... properties) {
        List<String> all = new ArrayList<>(List.of("server.port=0",
                "gatehouse.admin.email=" + IntegrationTest.ADMIN_EMAIL,
                "gatehouse.admin.password=" + IntegrationTest.ADMIN_PASSWORD));
        all.addAll(List.of(properties));
        // As command-line arguments: they outrank application.yml, as an operator's settings would.
        return new App(new SpringApplicationBuilder(GatehouseApplication.class)
                .run(all.stream().map(p -> "--" + p).toArray(String[]::new)));
    }

    String baseUrl() {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    String jdbcUrl() {
        return context.getBean(HikariDataSource.class).getJdbcUrl();
    }

    Browser browser() {
        return new Browser(baseUrl());
    }

    Scenario scenario() {
        return new Scenario(this::browser);
    }

    @Override
    public void close() {
        context.close();
    }
}
