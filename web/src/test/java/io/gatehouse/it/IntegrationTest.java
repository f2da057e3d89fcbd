package io.gatehouse.it;

import io.gatehouse.GatehouseApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base for tests over HTTP. Every subclass shares one application context, and so one embedded
 * PostgreSQL: tests make their own accounts with unique e-mails and never assume an empty database.
 */
@SpringBootTest(classes = GatehouseApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "gatehouse.embedded-database.ephemeral=true",
                "gatehouse.admin.email=" + IntegrationTest.ADMIN_EMAIL,
                "gatehouse.admin.password=" + IntegrationTest.ADMIN_PASSWORD,
                // every test signs in from 127.0.0.1; the per-client limit has its own test
                "gatehouse.sign-in-throttle.per-client=100000",
                // as behind a TLS-terminating proxy on localhost, the deployment the README describes
                "server.forward-headers-strategy=native"
        })
public abstract class IntegrationTest {

    public static final String ADMIN_EMAIL = "root-admin@gatehouse.test";
    public static final String ADMIN_PASSWORD = "root-admin-password-42";
    public static final String PASSWORD = "a-good-long-password";

    @LocalServerPort
    protected int port;

    protected Browser browser() {
        return new Browser("http://localhost:" + port);
    }

    protected Scenario scenario() {
        return new Scenario(this::browser);
    }
}
