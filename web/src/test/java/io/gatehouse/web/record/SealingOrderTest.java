package io.gatehouse.web.record;

import io.gatehouse.account.Role;
import io.gatehouse.it.App;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sealer chains events in global order even when transactions commit out of that order, passes a
 * position only once it is sure nothing will fill it, and seals each event once with two instances at it.
 */
class SealingOrderTest {

    private static App app;
    private static JdbcTemplate sql;

    @BeforeAll
    static void start() {
        app = App.start("gatehouse.embedded-database.ephemeral=true");
        sql = app.bean(JdbcTemplate.class);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void a_lower_position_committed_after_higher_ones_is_sealed_in_its_place() throws Exception {
        long held;
        try (Connection late = app.bean(DataSource.class).getConnection()) {
            late.setAutoCommit(false);
            held = nextval(late);
            app.scenario().active(Role.SPONSOR);
            long newest = newest();

            app.bean(Sealer.class).sealNow();
            assertThat(sealedThrough()).isEqualTo(held - 1);
            Document page = app.scenario().rootBrowser().get("/audit/integrity").assertStatus(200).html();
            assertThat(page.selectFirst("[data-integrity]").attr("data-integrity")).isEqualTo("intact");
            assertThat(Long.parseLong(page.selectFirst("[data-unsealed]").attr("data-unsealed"))).isPositive();

            try (PreparedStatement insert = late.prepareStatement("insert into domain_event_entry ("
                    + StoredRows.EVENT_COLUMNS + ") select ?, 'late-' || gen_random_uuid(), 'late-aggregate', 0, type,"
                    + " time_stamp, 'io.gatehouse.Late', null, payload, meta_data from domain_event_entry where global_index = ?")) {
                insert.setLong(1, held);
                insert.setLong(2, held - 1);
                insert.executeUpdate();
            }
            late.commit();

            await().until(() -> {
                app.bean(Sealer.class).sealNow();
                return sealedThrough() >= newest;
            });
        }
        assertThat(sql.queryForObject("select count(*) from event_chain where global_index = ?", Long.class, held))
                .isEqualTo(1);
        assertIntact();
    }

    @Test
    void a_position_whose_transaction_rolled_back_is_passed_once_that_transaction_ended() throws Exception {
        long held;
        try (Connection rolledBack = app.bean(DataSource.class).getConnection()) {
            rolledBack.setAutoCommit(false);
            held = nextval(rolledBack);
            app.scenario().active(Role.SPONSOR);

            app.bean(Sealer.class).sealNow();
            assertThat(sealedThrough()).isEqualTo(held - 1);

            rolledBack.rollback();
        }
        long newest = newest();
        await().until(() -> {
            app.bean(Sealer.class).sealNow();
            return sealedThrough() >= newest;
        });
        assertThat(sql.queryForObject("select count(*) from event_chain where global_index = ?", Long.class, held)).isZero();
        assertIntact();
    }

    @Test
    void two_instances_sealing_at_once_seal_each_event_once() throws Exception {
        try (App other = App.start(app.authenticator(), "spring.datasource.url=" + app.jdbcUrl(),
                "spring.datasource.username=postgres", "gatehouse.record.seal-interval=0")) {
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> sealing = new ArrayList<>();
                for (int round = 0; round < 3; round++) {
                    app.scenario().active(Role.EDITOR);
                    Callable<Integer> onA = () -> app.bean(Sealer.class).sealNow();
                    Callable<Integer> onB = () -> other.bean(Sealer.class).sealNow();
                    sealing.add(threads.submit(onA));
                    sealing.add(threads.submit(onB));
                }
                for (Future<Integer> pass : sealing) {
                    pass.get();
                }
            } finally {
                threads.shutdown();
            }
            long newest = newest();
            await().until(() -> {
                other.bean(Sealer.class).sealNow();
                return sealedThrough() >= newest;
            });
            assertThat(sql.queryForObject("select count(*) from event_chain", Long.class))
                    .isEqualTo(sql.queryForObject("select count(*) from domain_event_entry", Long.class));
            assertThat(other.bean(IntegrityCheck.class).run().finding()).isEmpty();
        }
        assertIntact();
    }

    private static long nextval(Connection connection) throws Exception {
        try (PreparedStatement next = connection.prepareStatement("select nextval('domain_event_entry_seq')");
             ResultSet rs = next.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long newest() {
        return sql.queryForObject("select max(global_index) from domain_event_entry", Long.class);
    }

    private static long sealedThrough() {
        return sql.queryForObject("select sealed_through from event_chain_state", Long.class);
    }

    private static void assertIntact() {
        IntegrityCheck.Report report = app.bean(IntegrityCheck.class).run();
        assertThat(report.finding()).isEmpty();
        assertThat(report.unsealed()).isZero();
        assertThat(report.sealed()).isEqualTo(sql.queryForObject("select count(*) from domain_event_entry", Long.class));
    }
}
