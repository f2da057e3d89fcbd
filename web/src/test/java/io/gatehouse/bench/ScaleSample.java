package io.gatehouse.bench;

import io.gatehouse.account.AccountRegistered;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * About a thousand generated accounts, spread evenly over the population, kept while generating: the queries
 * are asked about them (their ids, addresses, names, the acts that touched them), not about made-up values that
 * match nothing.
 */
final class ScaleSample {

    /** A sampled account: what it was registered as, and when its first and last events happened. */
    record Account(long index, UUID id, String email, String displayName, String surname, String givenName,
                   Instant first, Instant last, String correlationId) {
    }

    private final ScalePopulation people;
    private final long every;
    private final List<Account> accounts = Collections.synchronizedList(new ArrayList<>());

    ScaleSample(ScalePopulation people) {
        this.people = people;
        this.every = Math.max(1, people.accounts() / 1000);
    }

    void offer(long index, List<DomainEventMessage<?>> life) {
        if (index % every != every / 2 || !(life.get(0).getPayload() instanceof AccountRegistered registered)) {
            return;
        }
        DomainEventMessage<?> act = life.get(life.size() / 2);
        accounts.add(new Account(index, registered.accountId(), registered.email(), registered.displayName(),
                people.surname(index), people.givenName(index), life.get(0).getTimestamp(),
                life.get(life.size() - 1).getTimestamp(), String.valueOf(act.getMetaData().get("correlationId"))));
    }

    Account pick(SplittableRandom random) {
        return accounts.get(random.nextInt(accounts.size()));
    }

    int size() {
        return accounts.size();
    }
}
