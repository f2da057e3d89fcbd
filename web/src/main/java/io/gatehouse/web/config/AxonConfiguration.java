package io.gatehouse.web.config;

import com.zaxxer.hikari.HikariDataSource;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;

/**
 * By default an event handler runs in a subscribing processor: in the thread and the transaction of the
 * command that published the event. So a command that returns has already updated the security read models
 * and the commands' look-ups, mail and session endings happen only if the act is recorded, and a handler that
 * fails rolls the command back instead of being logged and forgotten. The read models only pages show run in
 * pooled streaming processors instead: see web.projections.StreamingProcessing.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    /**
     * Events are stamped by the app's one clock, the one deadlines are measured with: a sign-up's 48 hours
     * run from its event's time. To the millisecond, as the JPA event store keeps it, so that a projection
     * fed live and one rebuilt from the store agree.
     */
    @Bean
    ConfigurerModule eventTimestamps(Clock clock) {
        return configurer -> GenericEventMessage.clock = Clock.tick(clock, Duration.ofMillis(1));
    }

    /**
     * The gateway every page sends its commands through: at most a third of the connection pool at once, since
     * each may need two connections and the processors, the sealer and the outbox keep some (see
     * {@link BoundedCommandGateway}).
     */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus, DataSource dataSource) {
        int pool = dataSource instanceof HikariDataSource hikari ? hikari.getMaximumPoolSize() : 10;
        return new BoundedCommandGateway(DefaultCommandGateway.builder().commandBus(commandBus),
                Math.max(1, pool / 3), 10_000);
    }

    @Bean
    ConfigurerModule subscribingProjections() {
        return configurer -> configurer.eventProcessing()
                .usingSubscribingEventProcessors()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }
}
