package io.gatehouse.web.projections;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario.Person;
import io.gatehouse.query.replay.ProjectionReplayer;
import io.gatehouse.query.replay.RebuildProgress;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rebuilding the security read models while people are signed in: the rebuild's transaction is held open at
 * its hooks (in the rebuild's own thread, no sleeps) while requests and a command run beside it.
 */
class DirectoryRebuildTest extends IntegrationTest {

    @Autowired
    private ProjectionReplayer replayer;

    @Autowired
    private DataSource dataSource;

    @Test
    void signed_in_people_pass_the_security_check_while_the_directory_is_rebuilt() {
        Person sponsor = scenario().active(Role.SPONSOR);
        List<Integer> statuses = new ArrayList<>();
        List<Long> rowsSeenOutside = new ArrayList<>();

        replayer.rebuild("account-directory", new RebuildProgress() {
            @Override
            public void reset(long head) { // every row is deleted, uncommitted
                statuses.add(sponsor.browser().get("/sponsor/dashboard").status());
                rowsSeenOutside.add(count("select count(*) from account_view"));
            }

            @Override
            public void beforeCommit() {
                statuses.add(sponsor.browser().get("/sponsor/dashboard").status());
            }
        });

        assertThat(statuses).containsExactly(200, 200);
        assertThat(rowsSeenOutside.get(0)).as("other connections still see the old directory").isPositive();
        sponsor.browser().get("/sponsor/dashboard").assertStatus(200);
    }

    @Test
    void an_admin_act_during_a_rebuild_waits_for_it_and_lands_on_the_rebuilt_rows() {
        Person editor = scenario().active(Role.EDITOR);
        Browser admin = scenario().rootBrowser();
        admin.get("/admin/accounts/" + editor.id()).assertStatus(200);
        List<CompletableFuture<Browser.Response>> suspension = new ArrayList<>();

        replayer.rebuild("account-directory", new RebuildProgress() {
            @Override
            public void reset(long head) {
                suspension.add(CompletableFuture.supplyAsync(() -> admin.post(
                        "/admin/accounts/" + editor.id() + "/suspend", Map.of("reason", "during the rebuild"))));
                // the command has recorded its event and waits for the rebuild before it touches the directory
                Awaitility.await().atMost(Duration.ofSeconds(20))
                        .until(() -> count("select count(*) from pg_locks where locktype = 'advisory' and not granted"),
                                n -> n > 0);
            }
        });

        assertThat(suspension.get(0).join().status()).isEqualTo(303);
        assertThat(count("select count(*) from account_view where account_id = '" + editor.id()
                + "' and status = 'SUSPENDED'")).isEqualTo(1);
    }

    /** On a connection of its own, outside the rebuild's transaction. */
    private long count(String sql) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
