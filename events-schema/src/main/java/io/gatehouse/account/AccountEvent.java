package io.gatehouse.account;

import java.util.UUID;

/**
 * What every account event tells a reader of the history: which account, who acted, from which
 * client address, and why (null where no reason was given). The time is the event message's timestamp.
 */
public interface AccountEvent {

    UUID accountId();

    String actorId();

    String clientAddress();

    default String reason() {
        return null;
    }
}
