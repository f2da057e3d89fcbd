package io.gatehouse.account;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static io.gatehouse.account.AccountEventSamples.BY_TYPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.fail;

/**
 * {@link AccountEvent} is sealed so that the fold cannot miss a kind of event; the compiler cannot check
 * an if-chain, so this test does: every permitted type must have a sample, and the sample a transition.
 */
class AccountStateCoverageTest {

    private static List<Class<?>> permittedEventTypes() {
        return Arrays.asList(AccountEvent.class.getPermittedSubclasses());
    }

    @Test
    void everyPermittedEventTypeHasASample() {
        assertThat(permittedEventTypes()).isNotEmpty();
        for (Class<?> type : permittedEventTypes()) {
            if (!BY_TYPE.containsKey(type)) {
                fail(type.getName() + " is a permitted AccountEvent without a sample in AccountEventSamples;"
                        + " add one, and a transition to AccountState.after if it has none");
            }
        }
        assertThat(BY_TYPE.keySet()).containsExactlyInAnyOrderElementsOf(permittedEventTypes().stream()
                .map(type -> type.asSubclass(AccountEvent.class)).toList());
    }

    @Test
    void everyPermittedEventTypeHasATransition() {
        AccountState registered = AccountState.none().after(BY_TYPE.get(AccountRegistered.class));
        for (Class<?> type : permittedEventTypes()) {
            AccountEvent sample = BY_TYPE.get(type);
            assertThat(sample).as("sample for %s", type.getName()).isNotNull();
            assertThatCode(() -> registered.after(sample)).as("transition for %s", type.getName())
                    .doesNotThrowAnyException();
        }
    }
}
