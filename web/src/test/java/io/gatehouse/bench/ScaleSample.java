package io.gatehouse.bench;

import io.gatehouse.account.AccountRegistered;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;

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

    /**
     * The same accounts, read back from a database generated earlier with the same sizes (the population is a
     * function of the index): when their times and acts, which the generator knew, come from the audit trail.
     */
    static ScaleSample fromDatabase(ScalePopulation people, JdbcTemplate jdbc) {
        ScaleSample sample = new ScaleSample(people);
        for (long index = sample.every / 2; index < people.accounts(); index += sample.every) {
            long i = index;
            UUID id = people.id(index);
            jdbc.query("select min(occurred_at) as first, max(occurred_at) as last, min(correlation_id) as act"
                    + " from audit_entry where subject_id = ?", rs -> {
                sample.accounts.add(new Account(i, id, people.email(i), people.displayName(i), people.surname(i),
                        people.givenName(i), rs.getTimestamp("first").toInstant(), rs.getTimestamp("last").toInstant(),
                        rs.getString("act")));
            }, id);
        }
        return sample;
    }

    Account pick(SplittableRandom random) {
        return accounts.get(random.nextInt(accounts.size()));
    }

    int size() {
        return accounts.size();
    }
}
