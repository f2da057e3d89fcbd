package io.gatehouse.web.config;

import io.gatehouse.account.AccountEvent;
import io.gatehouse.account.AccountRegisteredUpcaster;
import io.gatehouse.query.replay.RebuildLock;
import io.gatehouse.web.projections.ProjectionErrors;
import io.gatehouse.web.projections.ReadModels;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * By default an event handler runs in a subscribing processor: in the thread and the transaction of the
 * command that published the event. So a command that returns has already updated the security read models
 * and the commands' look-ups, and mail and session endings happen only if the act is recorded; a handler that
 * fails rolls the command back instead of being logged and forgotten.
 * <p>
 * The read models only pages show (documents, audit trail) run in pooled streaming processors instead, with
 * their tokens in {@code token_entry}: Axon can replay them while the app serves, and one that fails stops
 * itself (retrying with back-off, shown as an error on /admin/projections), not every command. Pages that
 * show them right after an act wait for them (web.projections.CatchUp).
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

    /** Axon's autoconfiguration takes every upcaster bean, in {@code @Order}, into the chain events are read through. */
    @Bean
    @Order(1)
    EventUpcaster accountRegisteredUpcaster() {
        return new AccountRegisteredUpcaster();
    }

    /**
     * Axon's JPA token store, with a serializer that can read replay tokens back (see TokenSerialization). Each
     * running instance claims work under a name of its own: Axon's default (pid@host) is the same for two
     * instances in one JVM, or in two containers that share a host name and pid 1, and they would then both
     * process every event.
     */
    @Bean
    TokenStore tokenStore(EntityManagerProvider entityManagerProvider) {
        String nodeId = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
        return JpaTokenStore.builder()
                .entityManagerProvider(entityManagerProvider)
                .serializer(TokenSerialization.serializer())
                .nodeId(nodeId)
                .build();
    }

    @Bean
    ConfigurerModule subscribingProjections(RebuildLock rebuildLock) {
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing()
                    .usingSubscribingEventProcessors()
                    // a streaming processor then stops at a poisoned event and retries it, instead of skipping it
                    .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
            ReadModels.SUBSCRIBING.forEach(model -> processing.registerHandlerInterceptor(model.name(),
                    c -> (unitOfWork, chain) -> {
                        // both handle account events only: the rest pass by without a round trip
                        if (unitOfWork.getMessage().getPayload() instanceof AccountEvent) {
                            rebuildLock.shared(model.name());
                        }
                        return chain.proceed();
                    }));
        };
    }

    /**
     * One segment each: a read model's position is one number, which the admin page and the catch-up wait
     * compare with the store's head; of several instances one holds the work and the others take over when it
     * lets go. Batches of up to 100 events per transaction make a replay fast; live, a batch is whatever has
     * arrived. The token is stored at least every second when it moved past events the model ignores, so an
     * instance that does not hold the work sees from token_entry how far the one that does has got. Work that is
     * let go (after a failure, a replay, an instance stopping) is claimed again within a second.
     */
    @Bean
    ConfigurerModule streamingProjections(ProjectionErrors errors) {
        return configurer -> ReadModels.STREAMING.forEach(model -> configurer.eventProcessing()
                .registerPooledStreamingEventProcessor(model.name(), c -> c.eventStore(),
                        (c, builder) -> builder.initialSegmentCount(1).batchSize(100)
                                .claimExtensionThreshold(1000).tokenClaimInterval(1000))
                .registerErrorHandler(model.name(), c -> errors));
    }
}
