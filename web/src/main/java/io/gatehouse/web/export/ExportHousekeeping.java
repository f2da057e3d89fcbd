package io.gatehouse.web.export;

import io.gatehouse.account.AccountErased;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;

/**
 * Keeps the export tables small and free of the erased: an erased account's counts and finished exports go in
 * the transaction that records the erasure (a subscribing handler); whatever no longer counts is swept regularly
 * by every instance (the sweeps are idempotent). A side effect, never replayed.
 */
@Component
@ProcessingGroup("export-quotas")
class ExportHousekeeping {

    private final ExportQuotas quotas;

    ExportHousekeeping(ExportQuotas quotas) {
        this.quotas = quotas;
    }

    @EventHandler
    void on(AccountErased event) {
        quotas.forget(event.accountId());
    }

    @Scheduled(fixedDelay = 10, initialDelay = 10, timeUnit = TimeUnit.MINUTES)
    void sweep() {
        quotas.sweep();
    }
}
