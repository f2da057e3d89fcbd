package io.gatehouse.bench;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * A bulk load's usual step: the secondary indexes and unique constraints of the tables being loaded are dropped
 * first and built again afterwards (one sort each instead of ten million random inserts). Primary keys stay.
 * What is dropped is read from the catalog, so what is built again is exactly what the migrations made.
 */
final class BulkIndexes {

    private final JdbcTemplate jdbc;
    private final List<String> restore = new ArrayList<>();

    private BulkIndexes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static BulkIndexes drop(JdbcTemplate jdbc, List<String> tables) {
        BulkIndexes indexes = new BulkIndexes(jdbc);
        for (String table : tables) {
            for (var constraint : jdbc.queryForList("select conname, pg_get_constraintdef(oid) as def from pg_constraint"
                    + " where conrelid = cast(? as regclass) and contype = 'u'", table)) {
                jdbc.execute("alter table " + table + " drop constraint " + constraint.get("conname"));
                indexes.restore.add("alter table " + table + " add constraint " + constraint.get("conname") + " "
                        + constraint.get("def"));
            }
            for (var index : jdbc.queryForList("select i.indexname, i.indexdef from pg_indexes i where i.tablename = ?"
                    + " and not exists (select 1 from pg_constraint c where c.conname = i.indexname)", table)) {
                jdbc.execute("drop index " + index.get("indexname"));
                indexes.restore.add((String) index.get("indexdef"));
            }
        }
        return indexes;
    }

    void restore() {
        jdbc.execute("set maintenance_work_mem = '1GB'");
        restore.forEach(jdbc::execute);
    }
}
