package io.gatehouse.web.config;

import io.gatehouse.command.account.PasswordPolicy;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Loads the password dictionaries in the background once the app is up, so no sign-up waits for them. */
@Component
class Warmup {

    @EventListener(ApplicationReadyEvent.class)
    void loadPasswordDictionaries() {
        Thread loader = new Thread(PasswordPolicy::warmUp, "password-dictionaries");
        loader.setDaemon(true);
        loader.start();
    }
}
