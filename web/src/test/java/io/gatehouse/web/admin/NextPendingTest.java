package io.gatehouse.web.admin;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Which request is offered after a decision: the oldest still waiting, never the one just decided. */
class NextPendingTest {

    private final UUID decided = UUID.randomUUID();
    private final UUID older = UUID.randomUUID();
    private final UUID newer = UUID.randomUUID();

    @Test
    void theOldestWaitingIsOffered() {
        assertThat(NextPending.after(decided, List.of(older, newer), Function.identity())).contains(older);
    }

    @Test
    void theOneJustDecidedIsSkippedWhenTheListStillHasIt() {
        assertThat(NextPending.after(decided, List.of(decided, newer), Function.identity())).contains(newer);
    }

    @Test
    void noneLeftWhenOnlyTheDecidedOneOrNothingWaits() {
        assertThat(NextPending.after(decided, List.of(decided), Function.identity())).isEmpty();
        assertThat(NextPending.after(decided, List.<UUID>of(), Function.identity())).isEmpty();
    }
}
