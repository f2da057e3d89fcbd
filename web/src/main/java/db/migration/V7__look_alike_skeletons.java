package db.migration;

import io.gatehouse.command.account.LookAlikes;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Fills the confusable skeleton of every address recorded before V6; SQL cannot compute one. */
public class V7__look_alike_skeletons extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Map<UUID, String> emails = new LinkedHashMap<>();
        try (Statement select = context.getConnection().createStatement();
             ResultSet rows = select.executeQuery("select account_id, email from cmd_account_lookup where skeleton is null")) {
            while (rows.next()) {
                emails.put(rows.getObject(1, UUID.class), rows.getString(2));
            }
        }
        try (PreparedStatement update = context.getConnection()
                .prepareStatement("update cmd_account_lookup set skeleton = ? where account_id = ?")) {
            for (Map.Entry<UUID, String> entry : emails.entrySet()) {
                update.setString(1, LookAlikes.skeleton(entry.getValue()));
                update.setObject(2, entry.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
        try (Statement notNull = context.getConnection().createStatement()) {
            notNull.execute("alter table cmd_account_lookup alter column skeleton set not null");
        }
    }
}
