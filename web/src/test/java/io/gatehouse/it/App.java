package io.gatehouse.it;

import com.zaxxer.hikari.HikariDataSource;
import io.gatehouse.GatehouseApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A whole Gatehouse instance started by a test, for tests about restarts and several instances. */
public final class App implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final AuthenticatorApp authenticator;

    private App(ConfigurableApplicationContext context, AuthenticatorApp authenticator) {
        this.context = context;
        this.authenticator = authenticator;
    }

    /** A new instance with its own admins' authenticator app. */
    public static App start(String... properties) {
        return start(new AuthenticatorApp(), properties);
    }

    /**
     * A new instance whose admins use {@code authenticator}: pass the one of an instance on the same
     * database (before a restart, or beside this one).
     */
    public static App start(AuthenticatorApp authenticator, String... properties) {
        return start(authenticator, true, properties);
    }

    /** A new instance with no mail server configured: it writes its mail as .eml files. */
    public static App startWithoutSmtp(String... properties) {
        return start(new AuthenticatorApp(), false, properties);
    }

    private static App start(AuthenticatorApp authenticator, boolean smtp, String... properties) {
        List<String> all = new ArrayList<>(List.of("server.port=0", "gatehouse.data-dir=target/it-data",
                "server.forward-headers-strategy=native",
                "gatehouse.admin.email=" + IntegrationTest.ADMIN_EMAIL,
                "gatehouse.admin.password=" + IntegrationTest.ADMIN_PASSWORD));
        if (smtp) {
            all.addAll(TestMail.properties());
        }
        all.addAll(List.of(properties));
        // A setting given twice would reach Spring as a comma-joined list: the caller's replaces the default.
        Map<String, String> settings = new LinkedHashMap<>();
        all.forEach(p -> settings.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1)));
        // As command-line arguments: they outrank application.yml, as an operator's settings would.
        ConfigurableApplicationContext context = new SpringApplicationBuilder(GatehouseApplication.class)
                .initializers(ctx -> ((GenericApplicationContext) ctx).registerBean("testClock", Clock.class,
                        () -> TestClock.INSTANCE, definition -> definition.setPrimary(true)))
                .run(settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
        return new App(context, authenticator);
    }

    public String baseUrl() {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    public String jdbcUrl() {
        return context.getBean(HikariDataSource.class).getJdbcUrl();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public AuthenticatorApp authenticator() {
        return authenticator;
    }

    public Browser browser() {
        return new Browser(baseUrl());
    }

    public Scenario scenario() {
        return new Scenario(this::browser, () -> authenticator);
    }

    @Override
    public void close() {
        context.close();
    }
}
