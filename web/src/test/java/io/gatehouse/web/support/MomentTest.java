package io.gatehouse.web.support;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MomentTest {

    @Test
    void momentShowsTheIsoInstantForMachinesAndUtcWordsForPeople() {
        Moment moment = Moment.of(Instant.parse("2026-11-29T10:31:07.123456Z"));

        assertThat(moment.iso()).isEqualTo("2026-11-29T10:31:07.123456Z");
        assertThat(moment.utc()).isEqualTo("2026-11-29 10:31:07 UTC");
        assertThat(Moment.of(null)).isNull();
        assertThat(Web.time(null)).isEmpty();
        assertThat(Web.time(moment.instant())).isEqualTo(moment.utc());
    }

    @Test
    void typedInstantsAcceptTheBrowsersLocalFormsAsUtcAndIsoForms() {
        Instant expected = Instant.parse("2026-11-29T10:30:00Z");

        assertThat(Instants.parse("2026-11-29T10:30", "at", false)).isEqualTo(expected);
        assertThat(Instants.parse("2026-11-29T10:30:15", "at", false)).isEqualTo(expected.plusSeconds(15));
        assertThat(Instants.parse("2026-11-29T10:30:00Z", "at", false)).isEqualTo(expected);
        assertThat(Instants.parse("2026-11-29T12:30:00+02:00", "at", false)).isEqualTo(expected);
        assertThat(Instants.parse("2026-11-29", "at", false)).isEqualTo(Instant.parse("2026-11-29T00:00:00Z"));
        assertThat(Instants.parse("2026-11-29", "to", true)).isEqualTo(Instant.parse("2026-11-29T23:59:59.999999999Z"));
        assertThat(Instants.parse("  ", "at", false)).isNull();
        assertThatThrownBy(() -> Instants.parse("noon", "at", false)).isInstanceOfSatisfying(FieldException.class,
                e -> {
                    assertThat(e.field()).isEqualTo("at");
                    assertThat(e.advice()).startsWith("Enter a date and time like 2026-11-29T10:30");
                    assertThat(e.getMessage()).startsWith("\u201cat\u201d: Enter a date");
                });
    }
}
