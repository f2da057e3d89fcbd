package io.gatehouse.bench;

import io.gatehouse.account.AccountApproved;
import io.gatehouse.account.AccountRegistered;
import io.gatehouse.account.AccountReinstated;
import io.gatehouse.account.AccountRejected;
import io.gatehouse.account.AccountSuspended;
import io.gatehouse.account.Actors;
import io.gatehouse.account.EmailConfirmed;
import io.gatehouse.account.Role;
import io.gatehouse.account.RoleGranted;
import io.gatehouse.document.DocumentCreated;
import io.gatehouse.document.DocumentEdited;
import io.gatehouse.signin.SignedIn;
import io.gatehouse.signin.SignedOut;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The life of one generated account as the app would have recorded it: sign-up, confirmation, an admin's decision,
 * then sign-ins, the odd suspension and reinstatement or extra role, and (for sponsors) documents that an editor
 * edits. Acts carry Axon's correlation and trace ids as a command's events do; sign-ins are their own origin, and
 * are stored as the JPA engine stores a non-domain event (no aggregate type, its own id, sequence 0).
 */
final class ScaleScript {

    private final ScalePopulation people;
    /** Accounts below this index were written by chunks that have committed: safe to pick as editors. */
    private final long committedBelow;

    ScaleScript(ScalePopulation people, long committedBelow) {
        this.people = people;
        this.committedBelow = committedBelow;
    }

    List<DomainEventMessage<?>> eventsOf(long index) {
        SplittableRandom random = new SplittableRandom(ScalePopulation.mix(index + 99));
        UUID id = people.id(index);
        String self = id.toString();
        boolean admin = index < ScalePopulation.ADMINS;
        String decider = admin ? Actors.SYSTEM : people.id(random.nextInt(ScalePopulation.ADMINS)).toString();
        String ip = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
        Role role = people.role(index);
        List<DomainEventMessage<?>> out = new ArrayList<>();
        Clock at = new Clock(people.registeredAt(index), random);
        account(out, random, id, at.next(0), new AccountRegistered(id, people.email(index), people.displayName(index),
                "Org " + (index % 997), role, true, Actors.ANONYMOUS, ip));
        account(out, random, id, at.next(30), new EmailConfirmed(id, self, ip));
        int decision = admin ? 0 : random.nextInt(100);
        boolean active = decision < 85;
        if (decision >= 85 && decision < 93) {
            account(out, random, id, at.next(2880), new AccountRejected(id, "not a member of a partner", decider,
                    "10.0.0.1"));
        } else if (active) {
            account(out, random, id, at.next(2880), new AccountApproved(id, role, "checked", decider, "10.0.0.1"));
            if (admin || random.nextInt(100) == 0) {
                account(out, random, id, at.next(600), new RoleGranted(id, admin ? Role.ADMIN : Role.AUDITOR,
                        "needs it", decider, admin ? null : "10.0.0.1"));
            }
        } // else still pending: a pending person signs in to their own account page all the same
        boolean suspends = active && random.nextInt(100) < 4;
        int budget = people.budget(index);
        while (out.size() < budget) {
            int roll = random.nextInt(100);
            if (suspends && out.size() >= budget - 2) {
                account(out, random, id, at.next(1440), new AccountSuspended(id, "unusual activity", decider, "10.0.0.1"));
                if (random.nextBoolean() && out.size() < budget) {
                    account(out, random, id, at.next(1440), new AccountReinstated(id, "cleared", decider, "10.0.0.1"));
                }
                suspends = false;
            } else if (active && role == Role.SPONSOR && roll < 15 && committedBelow > ScalePopulation.ADMINS + 1000
                    && out.size() + 2 <= budget) {
                document(out, id, at, random, ip);
            } else {
                signIn(out, random, new SignedIn(id, random.nextBoolean(), admin, ip, "Firefox 140 on Linux"), at.next(600));
                if (out.size() < budget) {
                    signIn(out, random, new SignedOut(id, ip, "Firefox 140 on Linux"), at.next(45));
                }
            }
        }
        return out;
    }

    private void document(List<DomainEventMessage<?>> out, UUID sponsor, Clock at, SplittableRandom random, String ip) {
        UUID document = uuid(random);
        long editorIndex;
        do {
            editorIndex = ScalePopulation.ADMINS + random.nextLong(committedBelow - ScalePopulation.ADMINS);
        } while (people.role(editorIndex) != Role.EDITOR);
        UUID editor = people.id(editorIndex);
        String trace = uuid(random).toString();
        out.add(domain("Document", document, 0, new DocumentCreated(document, sponsor, editor,
                "Report " + random.nextInt(10_000), "Quarterly figures and notes, draft " + random.nextInt(100), ip),
                at.next(1440), trace, uuid(random)));
        out.add(domain("Document", document, 1, new DocumentEdited(document, "Report " + random.nextInt(10_000),
                "Quarterly figures and notes, edited", editor, "10.1.0.1"), at.next(600),
                uuid(random).toString(), uuid(random)));
    }

    private static void account(List<DomainEventMessage<?>> out, SplittableRandom random, UUID id, Instant at,
                                Object event) {
        long sequence = out.stream().filter(e -> "Account".equals(e.getType())).count();
        out.add(domain("Account", id, sequence, event, at, uuid(random).toString(), uuid(random)));
    }

    /** A version-4 UUID from the account's own generator: cheaper than SecureRandom, as unique for a benchmark. */
    static UUID uuid(SplittableRandom random) {
        return new UUID(random.nextLong() & ~0xF000L | 0x4000L, random.nextLong() & 0x3FFFFFFFFFFFFFFFL
                | 0x8000000000000000L);
    }

    private static void signIn(List<DomainEventMessage<?>> out, SplittableRandom random, Object event, Instant at) {
        String eventId = uuid(random).toString();
        out.add(new GenericDomainEventMessage<>(null, eventId, 0, event,
                Map.of("correlationId", eventId, "traceId", eventId), eventId, at));
    }

    private static DomainEventMessage<?> domain(String type, UUID aggregate, long sequence, Object event, Instant at,
                                                String act, UUID eventId) {
        return new GenericDomainEventMessage<>(type, aggregate.toString(), sequence, event,
                Map.of("correlationId", act, "traceId", act), eventId.toString(), at);
    }

    /** Each event a while after the one before, at millisecond precision as the app stores them. */
    private static final class Clock {
        private Instant now;
        private final SplittableRandom random;

        Clock(Instant start, SplittableRandom random) {
            this.now = start;
            this.random = random;
        }

        Instant next(int meanMinutes) {
            now = now.plusMillis(1 + (long) (random.nextDouble() * 2 * meanMinutes * 60_000));
            return now.truncatedTo(ChronoUnit.MILLIS);
        }
    }
}
