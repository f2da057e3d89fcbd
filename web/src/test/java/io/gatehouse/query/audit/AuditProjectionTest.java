package io.gatehouse.query.audit;

import io.gatehouse.account.AccountApproved;
import io.gatehouse.account.AccountRegistered;
import io.gatehouse.account.AccountSuspended;
import io.gatehouse.account.Role;
import io.gatehouse.account.RoleGranted;
import io.gatehouse.account.RoleRevoked;
import io.gatehouse.it.IntegrationTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit-trail handlers fed by hand, as a streaming processor would (tracked, possibly twice) or a subscribing
 * one (untracked). Events are stamped in 2001, so the trail's newest rows stay the other tests' own.
 */
class AuditProjectionTest extends IntegrationTest {

    @Autowired
    private AuditProjection audit;
    @Autowired
    private RoleTenureProjection tenures;
    @Autowired
    private AuditTrail trail;
    @Autowired
    private RoleRegister register;
    @Autowired
    private JdbcTemplate jdbc;

    private final UUID account = UUID.randomUUID();
    private final Instant start = Instant.parse("2001-02-03T04:05:06.007Z");

    @Test
    void aRedeliveredEventChangesNothing() {
        var registered = message(0, new AccountRegistered(account, "once@example.org", "Once", null, Role.EDITOR,
                true, account.toString(), "10.0.0.1"), 4242L);

        feed(registered);
        feed(registered);

        assertThat(jdbc.queryForObject("select count(*) from audit_entry where subject_id = ?", Long.class, account))
                .isEqualTo(1);
        AuditEntry entry = trail.findHistory(account).get(0);
        assertThat(entry.getGlobalPosition()).isEqualTo(4242L);
        assertThat(entry.getSubjectLabel()).isEqualTo("once@example.org");
        assertThat(entry.getDetail()).isEqualTo("once@example.org asked for EDITOR");
        assertThat(entry.getCorrelationId()).isEqualTo("cmd-" + account);
        assertThat(jdbc.queryForObject("select count(*) from audit_status_period where account_id = ?", Long.class,
                account)).isEqualTo(1);
    }

    @Test
    void anUntrackedEventNotInTheStoreHasNoPositionButIsRecorded() {
        feed(message(0, new AccountRegistered(account, "sub@example.org", "Sub", null, Role.SPONSOR, false,
                account.toString(), null), null));

        assertThat(trail.findHistory(account)).singleElement()
                .satisfies(e -> assertThat(e.getGlobalPosition()).isNull());
    }

    @Test
    void roleTenuresFollowTheFoldAndIgnoreRedelivery() {
        String admin = UUID.randomUUID().toString();
        feed(message(0, new AccountRegistered(account, "tenure@example.org", "Ten", null, Role.EDITOR, false,
                account.toString(), null), null));
        feed(message(1, new AccountApproved(account, Role.EDITOR, null, admin, null), null));
        var granted = message(2, new RoleGranted(account, Role.AUDITOR, "needed", admin, null), null);
        feed(granted);
        feed(message(3, new AccountSuspended(account, "paused", admin, null), null));
        feed(granted); // a redelivery, after a later event
        feed(message(4, new RoleRevoked(account, Role.AUDITOR, "done", admin, null), null));

        assertThat(holders(Role.AUDITOR, start.plusSeconds(2))).containsEntry(account, "ACTIVE");
        assertThat(holders(Role.AUDITOR, start.plusSeconds(3))).containsEntry(account, "SUSPENDED");
        assertThat(holders(Role.AUDITOR, start.plusSeconds(4))).doesNotContainKey(account);
        assertThat(holders(Role.AUDITOR, start.plusSeconds(2).minusMillis(1))).doesNotContainKey(account);
        assertThat(holders(Role.EDITOR, start.plusSeconds(4))).containsEntry(account, "SUSPENDED");
        assertThat(jdbc.queryForObject("select count(*) from audit_role_tenure where account_id = ?", Long.class,
                account)).isEqualTo(2);
        RoleHolder holder = register.holders(Role.AUDITOR, start.plusSeconds(3)).stream()
                .filter(h -> h.accountId().equals(account)).findFirst().orElseThrow();
        assertThat(holder.email()).isEqualTo("tenure@example.org");
        assertThat(holder.heldSince()).isEqualTo(start.plusSeconds(2));
    }

    /** Labels come from the audit's own tables, fed by events; the account directory is never asked. */
    @Test
    void labelsAreTheOnesTheEventsGaveNotTheDirectorys() {
        UUID admin = UUID.randomUUID();
        feed(message(0, new AccountRegistered(account, "labelled@example.org", "L", null, Role.EDITOR, false,
                account.toString(), null), null));
        feed(message(1, new AccountApproved(account, Role.EDITOR, "fine", admin.toString(), null), null));
        assertThat(trail.findHistory(account).get(1).getActorEmail()).as("an actor the trail has no label for").isNull();

        audit.on(new AccountRegistered(admin, "the-admin@example.org", "Admin", null, Role.SPONSOR, false,
                admin.toString(), null), new GenericDomainEventMessage<>("Account", admin.toString(), 0,
                new AccountRegistered(admin, "the-admin@example.org", "Admin", null, Role.SPONSOR, false,
                        admin.toString(), null)));

        assertThat(jdbc.queryForObject("select count(*) from account_view where account_id in (?, ?)", Long.class,
                account, admin)).isZero();
        assertThat(trail.findHistory(account)).extracting(AuditEntry::getSubjectLabel).containsOnly("labelled@example.org");
        assertThat(trail.findHistory(account).get(1).getActorEmail()).isEqualTo("the-admin@example.org");
        assertThat(trail.findEntries(new AuditFilter(null, "THE-ADMIN@example.org", null, null, null, null), null, null)
                .entries()).extracting(AuditEntry::getSubjectId).contains(account);
    }

    private Map<UUID, String> holders(Role role, Instant at) {
        return register.holders(role, at).stream().collect(java.util.stream.Collectors.toMap(RoleHolder::accountId,
                h -> String.valueOf(h.status())));
    }

    private void feed(GenericDomainEventMessage<?> message) {
        if (message.getPayload() instanceof io.gatehouse.account.AccountEvent event) {
            audit.on(event, message);
            tenures.on(event, message.getSequenceNumber(), message.getTimestamp());
        }
    }

    private GenericDomainEventMessage<?> message(long sequence, Object payload, Long position) {
        MetaData meta = MetaData.from(Map.of("correlationId", "cmd-" + account, "traceId", "cmd-" + account));
        GenericDomainEventMessage<Object> stamped = new GenericDomainEventMessage<>("Account", account.toString(),
                sequence, payload, meta, UUID.randomUUID().toString(), start.plusSeconds(sequence));
        return position == null ? stamped
                : new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(position), stamped);
    }
}
