package io.gatehouse.web.outbox;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/** Writes work to the outbox in the caller's transaction, and has it run as soon as that commits. */
@Component
public class Outbox {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final OutboxDispatcher dispatcher;

    Outbox(JdbcTemplate jdbc, JsonMapper json, OutboxDispatcher dispatcher) {
        this.jdbc = jdbc;
        this.json = json;
        this.dispatcher = dispatcher;
    }

    /** Adds work of {@code kind}; {@code payload} is stored as JSON. Must run inside a transaction. */
    public void add(String kind, Object payload) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Outbox work is written in the transaction that causes it");
        }
        jdbc.update("insert into outbox (kind, payload) values (?, ?)", kind, json.writeValueAsString(payload));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                dispatcher.runSoon();
            }
        });
    }

    /** Removes unsent work of {@code kind} whose JSON payload has {@code field} equal to {@code value}. */
    public int discard(String kind, String field, String value) {
        return jdbc.update("delete from outbox where kind = ? and payload::jsonb ->> ? = ?", kind, field, value);
    }
}
