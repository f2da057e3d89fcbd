package io.gatehouse.web.projections;

import io.gatehouse.account.AccountEvent;
import io.gatehouse.query.replay.RebuildLock;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.lang.management.ManagementFactory;
import java.util.UUID;

/**
 * Which read models leave the command's transaction. Documents and the audit trail run in pooled streaming
 * processors with their tokens in {@code token_entry}: Axon can replay them while the app serves, and one that
 * fails stops itself (retrying about every second, shown as an error on /admin/projections) instead of
 * refusing every command. Pages that show them right after an act wait for them ({@link CatchUp}). The
 * security read models stay subscribing (AxonConfiguration) and take a {@link RebuildLock} so that they can be
 * rebuilt in one transaction.
 */
@Configuration(proxyBeanMethods = false)
class StreamingProcessing {

    /**
     * Axon's JPA token store, with a serializer that can read replay tokens back ({@link TokenSerialization}).
     * Each running instance claims work under a name of its own: Axon's default (pid@host) is the same for two
     * instances in one JVM, or in two containers that share a host name and pid 1, and both would then process
     * every event.
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

    /**
     * One segment each: a read model's position is one number, which the admin page and the catch-up wait
     * compare with the store's head; of several instances one holds the work and the others take over when it
     * lets go. Batches of up to 100 events per transaction make a replay fast; live, a batch is whatever has
     * arrived. The token is stored at least every second when it moved past events the model ignores, so an
     * instance that does not hold the work sees from token_entry how far the one that does has got. Work that is
     * let go (after a failure, a replay, an instance stopping) is claimed again within a second. A failing event
     * is noted by {@link ProjectionErrors} and retried, never skipped.
     */
    @Bean
    ConfigurerModule streamingProjections(ProjectionErrors errors) {
        return configurer -> ReadModels.STREAMING.forEach(model -> configurer.eventProcessing()
                .registerPooledStreamingEventProcessor(model.name(), c -> c.eventStore(),
                        (c, builder) -> builder.initialSegmentCount(1).batchSize(100)
                                .claimExtensionThreshold(1000).tokenClaimInterval(1000))
                .registerErrorHandler(model.name(), c -> errors));
    }

    /** The security read models' live handlers wait while their model is rebuilt (see RebuildLock). */
    @Bean
    ConfigurerModule rebuildLocks(RebuildLock rebuildLock) {
        return configurer -> ReadModels.SUBSCRIBING.forEach(model -> configurer.eventProcessing()
                .registerHandlerInterceptor(model.name(), c -> (unitOfWork, chain) -> {
                    // both handle account events only: the rest pass by without a round trip
                    if (unitOfWork.getMessage().getPayload() instanceof AccountEvent) {
                        rebuildLock.shared(model.name());
                    }
                    return chain.proceed();
                }));
    }
}
