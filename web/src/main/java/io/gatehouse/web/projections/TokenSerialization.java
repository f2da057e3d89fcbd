package io.gatehouse.web.projections;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * How the streaming processors' tokens are written to {@code token_entry}. Axon 4.13's Jackson 3 serializer
 * cannot read a {@code ReplayToken} back (its {@code context} field is typed {@code Object}, which Jackson 3's
 * default type validator refuses: AxonFramework issues 4160 and 4218), so a replay would stop its processor.
 * This serializer allows Axon's own token classes, and only them, behind that field; its JSON is the same,
 * so tokens written before read as before.
 */
final class TokenSerialization {

    private static final Serializer SERIALIZER = Jackson3Serializer.builder()
            .jsonMapperBuilderCustomizer(mapper -> mapper.polymorphicTypeValidator(
                    BasicPolymorphicTypeValidator.builder().allowIfSubType("org.axonframework.eventhandling.").build()))
            .build();

    private TokenSerialization() {
    }

    static Serializer serializer() {
        return SERIALIZER;
    }
}
