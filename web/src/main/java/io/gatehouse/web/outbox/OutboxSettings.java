package io.gatehouse.web.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;

/**
 * @param sweepInterval how often each instance looks for work that is due again (failed, or left by a stop)
 * @param held          kinds of work to keep in the outbox without running it, e.g. {@code mail} while the
 *                      mail server is down for maintenance; it runs once released
 * @param workers       threads per instance that run outbox work
 */
@ConfigurationProperties("gatehouse.outbox")
public record OutboxSettings(@DefaultValue("5s") Duration sweepInterval, @DefaultValue Set<String> held,
                             @DefaultValue("4") int workers) {

    Set<String> runnableKinds(Set<String> handled) {
        Set<String> kinds = new TreeSet<>(handled);
        kinds.removeAll(held);
        return kinds;
    }
}
