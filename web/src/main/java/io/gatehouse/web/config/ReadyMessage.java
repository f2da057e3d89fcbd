package io.gatehouse.web.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The line a newcomer looks for after {@code java -jar}: where to open Gatehouse, framed by blank lines so it
 * stands out. Logged when the application is ready, after the first admin (if any) was created.
 */
@Component
class ReadyMessage {

    private static final Logger log = LoggerFactory.getLogger(ReadyMessage.class);

    private final BaseUrl baseUrl;

    ReadyMessage(BaseUrl baseUrl) {
        this.baseUrl = baseUrl;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        String url = baseUrl.value();
        log.info("\n\n==> Gatehouse is ready at {} (started in {} s). Admins sign in at {}/admin/login.\n", url,
                String.format("%.1f", event.getTimeTaken().toMillis() / 1000.0), url);
    }
}
