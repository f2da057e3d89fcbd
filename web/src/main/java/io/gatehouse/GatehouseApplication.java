package io.gatehouse;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Gatehouse: decides who gets into the platform and keeps the record. Lives in the root package so that
 * component and entity scanning take in the command and query modules as well as the web.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class GatehouseApplication {

    public static void main(String[] args) {
        // Axon's usage reporter calls out to the network at start-up; this service never does.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(GatehouseApplication.class, args);
    }
}
