package io.gatehouse.web.config;

import io.gatehouse.account.AccountErased;
import io.gatehouse.command.Snapshots;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Aggregates are snapshotted every {@link #EVENTS_BETWEEN} events, in memory ({@link InMemorySnapshots}): a command
 * on a busy account folded its whole history before, and reading and opening those events was a third of the CPU
 * of an admin act. What the audit pages replay ({@code ?at=}) reads the raw events and never a snapshot.
 */
@Configuration(proxyBeanMethods = false)
class SnapshotConfiguration {

    static final int EVENTS_BETWEEN = 10;

    @Bean(Snapshots.TRIGGER)
    SnapshotTriggerDefinition snapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, EVENTS_BETWEEN);
    }

    @Bean
    static BeanPostProcessor snapshotsInMemory() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof EventStorageEngine engine && !(bean instanceof InMemorySnapshots)
                        ? new InMemorySnapshots(engine) : bean;
            }
        };
    }

    /** In the erasure's transaction, on the instance that recorded it. */
    @Component
    @ProcessingGroup("erased-snapshots")
    static class ErasedSnapshots {

        private final EventStorageEngine engine;

        ErasedSnapshots(EventStorageEngine engine) {
            this.engine = engine;
        }

        @EventHandler
        void on(AccountErased event) {
            if (engine instanceof InMemorySnapshots snapshots) {
                snapshots.forget(event.accountId().toString());
            }
        }
    }
}
