package io.gatehouse.web.personal;

import io.gatehouse.account.EmailAddress;
import io.gatehouse.command.account.AddressFingerprints;
import io.gatehouse.command.account.LookAlikes;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Migration V11 (the name is Flyway's convention): replaces each address the write side held by its keyed fingerprints. A Spring bean (Boot hands
 * JavaMigration beans to Flyway), because the key lives in the keys directory, not in the database.
 */
@Component
class V11__fingerprint_held_addresses extends BaseJavaMigration {

    private final AddressFingerprints fingerprints;

    V11__fingerprint_held_addresses(AddressFingerprints fingerprints) {
        this.fingerprints = fingerprints;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Map<UUID, String> emails = new LinkedHashMap<>();
        try (Statement select = context.getConnection().createStatement();
             ResultSet rows = select.executeQuery("select account_id, email from cmd_account_lookup")) {
            while (rows.next()) {
                emails.put(rows.getObject(1, UUID.class), rows.getString(2));
            }
        }
        try (PreparedStatement update = context.getConnection().prepareStatement(
                "update cmd_account_lookup set email_hash = ?, skeleton_hash = ?, mixed_script = ? where account_id = ?")) {
            for (Map.Entry<UUID, String> entry : emails.entrySet()) {
                update.setString(1, fingerprints.of(entry.getValue()));
                update.setString(2, fingerprints.of(LookAlikes.skeleton(entry.getValue())));
                update.setBoolean(3, EmailAddress.isMixedScript(entry.getValue()));
                update.setObject(4, entry.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
