package io.gatehouse.record;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelationTest {

    @Test
    void eventCausedByAnotherBelongsToTheFirstActOfTheChain() {
        EventMessage<String> caused = GenericEventMessage.<String>asEventMessage("ended")
                .andMetaData(Map.of("correlationId", "suspension-event", "traceId", "suspend-command"));

        assertThat(Correlation.of(caused)).isEqualTo("suspend-command");
        assertThat(Correlation.causeOf(caused)).isEqualTo("suspension-event");
    }

    @Test
    void eventWithoutOriginStandsForItself() {
        EventMessage<String> alone = new GenericEventMessage<>("signed in", MetaData.emptyInstance());

        assertThat(Correlation.of(alone)).isEqualTo(alone.getIdentifier());
        assertThat(Correlation.causeOf(alone)).isEqualTo(alone.getIdentifier());
    }
}
