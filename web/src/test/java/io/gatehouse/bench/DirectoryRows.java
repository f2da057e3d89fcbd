package io.gatehouse.bench;

import io.gatehouse.account.AccountEvent;
import io.gatehouse.account.AccountRegistered;
import io.gatehouse.account.AccountState;
import io.gatehouse.account.Role;
import org.axonframework.eventhandling.DomainEventMessage;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The account directory's rows for generated accounts, folded with the one fold the directory itself uses
 * ({@link AccountState}) and stamped as AccountView stamps them (registered at the sign-up, status changed at the
 * last event that changed it), so they are the rows a rebuild from the same events writes. Text COPY format.
 */
final class DirectoryRows {

    private final StringBuilder accounts = new StringBuilder();
    private final StringBuilder roles = new StringBuilder();

    void add(List<DomainEventMessage<?>> events) {
        AccountState state = AccountState.none();
        UUID id = null;
        Instant registered = null;
        Instant changed = null;
        for (DomainEventMessage<?> message : events) {
            if (!(message.getPayload() instanceof AccountEvent event)) {
                continue;
            }
            AccountState next = state.after(event);
            if (event instanceof AccountRegistered) {
                id = event.accountId();
                registered = message.getTimestamp();
            }
            if (next.status() != state.status()) {
                changed = message.getTimestamp();
            }
            state = next;
        }
        accounts.append(id).append('\t').append(field(state.email())).append('\t').append(field(state.displayName()))
                .append('\t').append(field(state.organization())).append('\t').append(state.requestedRole())
                .append('\t').append(state.status()).append('\t').append(registered).append('\t').append(changed)
                .append('\t').append(field(state.statusReason())).append('\t').append(state.secondFactorEnrolled())
                .append('\n');
        for (Role role : state.roles()) {
            roles.append(id).append('\t').append(role).append('\n');
        }
    }

    void copy(Connection connection) throws SQLException, IOException {
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        copy.copyIn("copy account_view (account_id, email, display_name, organization, requested_role, status,"
                + " registered_at, status_changed_at, status_reason, second_factor) from stdin",
                new StringReader(accounts.toString()));
        copy.copyIn("copy account_view_role (account_id, role) from stdin", new StringReader(roles.toString()));
    }

    private static String field(String value) {
        return value == null ? "\\N" : value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
                .replace("\r", "\\r");
    }
}
