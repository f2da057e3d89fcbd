package io.gatehouse.command.account;

import io.gatehouse.account.SecondFactorReset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Deletes the secret and the recovery codes in the transaction that records the reset. */
@Component
@ProcessingGroup("command-second-factor")
class SecondFactorRemover {

    private final SecondFactorStore secondFactors;

    SecondFactorRemover(SecondFactorStore secondFactors) {
        this.secondFactors = secondFactors;
    }

    @EventHandler
    void on(SecondFactorReset event) {
        secondFactors.remove(event.accountId());
    }
}
