package io.gatehouse.web.config;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** The public address links in mails start with: {@code GATEHOUSE_BASE_URL}, or this server on localhost. */
@Component
public class BaseUrl {

    private final GatehouseProperties properties;
    private final Environment environment;

    BaseUrl(GatehouseProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    /** Without a trailing slash, so that {@code value() + "/path"} is right. */
    public String value() {
        String configured = properties.baseUrl();
        if (configured != null && !configured.isBlank()) {
            return configured.strip().replaceAll("/+$", "");
        }
        // Read late: with server.port=0 the real port is known only once the server has started.
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port;
    }
}
