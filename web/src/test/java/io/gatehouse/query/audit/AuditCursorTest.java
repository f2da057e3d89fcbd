package io.gatehouse.query.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditCursorTest {

    @Test
    void aCursorReadsBackWhatItWrote() {
        AuditCursor cursor = new AuditCursor(Instant.parse("2026-11-29T07:45:32.123Z"), 9876);

        assertThat(AuditCursor.parse(cursor.toString())).contains(cursor);
        assertThat(AuditCursor.parse(" ")).isEmpty();
    }

    @Test
    void somethingElseIsRefused() {
        for (String bad : new String[] {"12", "_12", "2026-11-29T07:45:32Z_", "2026-11-29T07:45:32Z_x",
                "+1000000-01-01T00:00:00Z_1", "yesterday_1"}) {
            assertThatThrownBy(() -> AuditCursor.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
