package io.gatehouse.web.personal;

import io.gatehouse.account.AccountRegistered;
import io.gatehouse.account.Role;
import io.gatehouse.it.App;
import io.gatehouse.web.record.IntegrityCheck;
import io.gatehouse.web.record.Sealer;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's one-off for a store upgraded from before personal fields were sealed: old plain rows are
 * rewritten sealed, read back the same, and the chain is intact again afterwards.
 */
class PlainEventSealingTest {

    /** Its own database: the rows it forges must not reach the shared one's projections and rebuilds. */
    @Test
    void plainRowsStoredByAnOlderVersionAreSealedAndStillReadTheSame() {
        try (App app = App.start("gatehouse.embedded-database.ephemeral=true")) {
            sealAndCheck(app.bean(JdbcTemplate.class), app.bean(PlainEventSealing.class), app.bean(Sealer.class),
                    app.bean(IntegrityCheck.class), app.bean(EventStorageEngine.class));
        }
    }

    private static void sealAndCheck(JdbcTemplate jdbc, PlainEventSealing sealing, Sealer sealer,
                                     IntegrityCheck integrity, EventStorageEngine eventStore) {
        UUID account = UUID.randomUUID();
        String email = "legacy-" + account.toString().substring(0, 8) + "@example.org";
        String payload = """
                {"accountId":"%s","email":"%s","displayName":"Lena Legacy","organization":"Old Co",
                 "requestedRole":"EDITOR","actorId":"%s","clientAddress":"192.0.2.44"}""".formatted(account, email, account);
        jdbc.update("insert into domain_event_entry (global_index, event_identifier, aggregate_identifier,"
                        + " sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)"
                        + " values (nextval('domain_event_entry_seq'), ?, ?, 0, 'Account', ?, ?, null, ?, ?)",
                UUID.randomUUID().toString(), account.toString(), Instant.parse("2025-03-01T09:30:00Z").toString(),
                "io.gatehouse.account.AccountRegistered", payload.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        sealer.sealNow();
        assertThat(integrity.run().intact()).isTrue();

        int rewritten = sealing.sealPlainEvents();

        assertThat(rewritten).isGreaterThanOrEqualTo(1);
        Map<String, Object> row = jdbc.queryForMap("select payload_type, payload_revision,"
                + " convert_from(payload, 'UTF8') as json from domain_event_entry where aggregate_identifier = ?",
                account.toString());
        assertThat(row.get("payload_type")).isEqualTo("AccountRegistered");
        assertThat(row.get("payload_revision")).isEqualTo("3");
        assertThat((String) row.get("json")).doesNotContain(email).doesNotContain("Lena Legacy")
                .doesNotContain("192.0.2.44").contains("\"sealed\"");
        AccountRegistered read = (AccountRegistered) eventStore.readEvents(account.toString()).next().getPayload();
        assertThat(read).isEqualTo(new AccountRegistered(account, email, "Lena Legacy", "Old Co",
                Role.EDITOR, false, account.toString(), "192.0.2.44"));
        assertThat(integrity.run().intact()).as("the chain, re-sealed from the first rewritten row").isTrue();
        assertThat(sealing.sealPlainEvents()).as("a second run finds nothing left to seal").isZero();
    }
}
