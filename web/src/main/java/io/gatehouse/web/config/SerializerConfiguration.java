package io.gatehouse.web.config;

import io.gatehouse.personal.PersonalDataSerializer;
import io.gatehouse.record.AliasingSerializer;
import io.gatehouse.record.StoredEventUpcasters;
import io.gatehouse.web.personal.PersonalKeys;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * How events are written to and read from the event store. The store sees each event under its alias
 * and revision (events-schema's {@code @StoredAs}); below the alias layer, a serializer that knows
 * classes writes the JSON. Between the two, {@link PersonalDataSerializer} seals personal fields with each
 * person's key ({@link PersonalKeys}): it sees classes, and the store sees aliases.
 * Tokens, sagas and other Axon internals keep the general serializer of {@code axon.serializer.general}.
 */
@Configuration(proxyBeanMethods = false)
class SerializerConfiguration {

    /**
     * Replaces the serializer Axon would build from {@code axon.serializer.events} (the bean name and
     * qualifier are Axon's), so events are always Jackson 3 JSON under their aliases.
     */
    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(RevisionResolver revisionResolver, PersonalKeys personalKeys) {
        return new AliasingSerializer(new PersonalDataSerializer(json(revisionResolver), personalKeys));
    }

    /**
     * Messages Axon stores by type (deadline payloads, a distributed command bus) name events as the
     * event store does. Gatehouse stores none today; this keeps one name per event type if it ever does.
     */
    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(@Qualifier("eventSerializer") Serializer eventSerializer) {
        return eventSerializer;
    }

    /** Axon takes every upcaster bean into the chain; this one is the whole chain, in its one defined order. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    EventUpcaster storedEventUpcasters() {
        return StoredEventUpcasters.chain();
    }

    /** As Axon's autoconfiguration builds a jackson3 serializer: annotation revisions, a chaining converter. */
    private static Jackson3Serializer json(RevisionResolver revisionResolver) {
        return Jackson3Serializer.builder()
                .revisionResolver(revisionResolver)
                .converter(new ChainingConverter(SerializerConfiguration.class.getClassLoader()))
                .build();
    }
}
