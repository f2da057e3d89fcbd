package io.gatehouse.web.personal;

import io.gatehouse.personal.PersonalDataSerializer;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Events are stored through {@link PersonalDataSerializer}: personal fields sealed with {@link PersonalKeys}. */
@Configuration(proxyBeanMethods = false)
class PersonalDataConfiguration {

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(@Qualifier("serializer") Serializer jackson, PersonalKeys keys) {
        return new PersonalDataSerializer(jackson, keys);
    }
}
