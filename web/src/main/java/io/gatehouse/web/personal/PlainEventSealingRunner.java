package io.gatehouse.web.personal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --gatehouse.record.seal-plain-events=true}: runs {@link PlainEventSealing} once at start-up, then stops
 * the app. An operator's one-off for an installation upgraded from before personal data was sealed.
 */
@Component
@ConditionalOnProperty(name = "gatehouse.record.seal-plain-events", havingValue = "true")
class PlainEventSealingRunner implements ApplicationRunner {

    private final PlainEventSealing sealing;
    private final ConfigurableApplicationContext context;

    PlainEventSealingRunner(PlainEventSealing sealing, ConfigurableApplicationContext context) {
        this.sealing = sealing;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        sealing.sealPlainEvents();
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
