package io.gatehouse.it;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every row of every read model table, every column but audit_entry's surrogate id (which a rebuild hands
 * out anew), read from the database's own catalogue so that a column added later is compared too. Rows are
 * kept as text, sorted, so that two snapshots compare whatever order the tables return them in.
 */
record ReadModelRows(Map<String, List<String>> tables) {

    /** The tables the read models' replays rebuild: account-directory, command-account-lookup, documents, audit-trail. */
    static final List<String> TABLES = List.of("account_view", "account_view_role", "cmd_account_lookup",
            "cmd_account_lookup_role", "document_view", "audit_entry", "audit_account_fold", "audit_account_label",
            "audit_document_label", "audit_role_tenure", "audit_status_period");

    static ReadModelRows of(JdbcTemplate jdbc) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : TABLES) {
            List<String> columns = jdbc.queryForList("select column_name from information_schema.columns"
                    + " where table_schema = current_schema() and table_name = ? order by ordinal_position",
                    String.class, table);
            if (table.equals("audit_entry")) {
                columns = columns.stream().filter(column -> !column.equals("id")).toList();
            }
            List<String> rows = new ArrayList<>(jdbc.queryForList("select " + String.join(", ", columns)
                    + " from " + table).stream().map(Map::toString).toList());
            rows.sort(null);
            tables.put(table, rows);
        }
        return new ReadModelRows(tables);
    }

    /** Per table, the rows one snapshot has and the other has not (changed rows show on both sides); empty if equal. */
    List<String> differencesFrom(ReadModelRows other) {
        List<String> differences = new ArrayList<>();
        tables.forEach((table, rows) -> {
            List<String> lost = new ArrayList<>(rows);
            lost.removeAll(new HashSet<>(other.tables.get(table)));
            List<String> added = new ArrayList<>(other.tables.get(table));
            added.removeAll(new HashSet<>(rows));
            if (!lost.isEmpty() || !added.isEmpty() || rows.size() != other.tables.get(table).size()) {
                differences.add(table + ": " + rows.size() + " rows, then " + other.tables.get(table).size()
                        + "; only before: " + first(lost) + "; only after: " + first(added));
            }
        });
        return differences;
    }

    int rowCount() {
        return tables.values().stream().mapToInt(List::size).sum();
    }

    private static List<String> first(List<String> rows) {
        return rows.subList(0, Math.min(3, rows.size()));
    }
}
