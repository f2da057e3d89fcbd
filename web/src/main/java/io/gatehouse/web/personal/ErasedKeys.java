package io.gatehouse.web.personal;

import io.gatehouse.account.AccountErased;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Destroys an erased person's keys in the transaction that records {@link AccountErased}: the erasure and the
 * loss of the data commit together or not at all. A side effect, never replayed.
 */
@Component
@ProcessingGroup(ErasedKeys.PROCESSING_GROUP)
class ErasedKeys {

    static final String PROCESSING_GROUP = "personal-keys";

    private static final Logger log = LoggerFactory.getLogger(ErasedKeys.class);

    private final PersonalKeys keys;

    ErasedKeys(PersonalKeys keys) {
        this.keys = keys;
    }

    @EventHandler
    void on(AccountErased event) {
        int destroyed = keys.erase(event.accountId());
        log.info("Account {} erased by {}: destroyed {} personal key(s)", event.accountId(), event.actorId(), destroyed);
    }
}
