package io.gatehouse.it;

import io.gatehouse.GatehouseApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Base for tests over HTTP. Every subclass shares one application context, and so one embedded
 * PostgreSQL: tests make their own accounts with unique e-mails and never assume an empty database.
 * Mail goes to {@link TestMail}; time is {@link TestClock}.
 */
@SpringBootTest(classes = GatehouseApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "gatehouse.embedded-database.ephemeral=true",
                "gatehouse.data-dir=target/it-data",
                "gatehouse.admin.email=" + IntegrationTest.ADMIN_EMAIL,
                "gatehouse.admin.password=" + IntegrationTest.ADMIN_PASSWORD,
                // as behind a TLS-terminating proxy on localhost, the deployment the README describes;
                // it also lets each test browser come from an address of its own (X-Forwarded-For)
                "server.forward-headers-strategy=native"
        })
@Import(TestClockConfiguration.class)
public abstract class IntegrationTest {

    public static final String ADMIN_EMAIL = "root-admin@gatehouse.test";
    public static final String ADMIN_PASSWORD = "Harbor-Violet-Anvil-2026";
    public static final String PASSWORD = "Quartz-Lantern-Fjord-93";

    /** The authenticator app of each database's admins: one per application context, by its port. */
    private static final Map<Integer, AuthenticatorApp> AUTHENTICATORS = new ConcurrentHashMap<>();

    @LocalServerPort
    protected int port;

    private Scenario scenario;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMail::port);
    }

    protected Browser browser() {
        return new Browser("http://localhost:" + port);
    }

    protected AuthenticatorApp authenticator() {
        return AUTHENTICATORS.computeIfAbsent(port, p -> new AuthenticatorApp());
    }

    /** The steps this test builds on; one per test, so the root admin signs in once per test. */
    protected Scenario scenario() {
        if (scenario == null) {
            scenario = freshScenario();
        }
        return scenario;
    }

    /** A scenario of its own, whose root admin signs in anew: for a test whose acts may end that session. */
    protected Scenario freshScenario() {
        return new Scenario(this::browser, this::authenticator);
    }
}
