package io.gatehouse.query.account;

import io.gatehouse.account.Role;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The download reads the directory in keyset batches: every account comes once, in the list's order, also when
 * several signed up at the same instant and a batch ends among them. Here in the query package, to set the batch.
 */
class AccountExportBatchesTest extends IntegrationTest {

    private final Scenario scenario = scenario();

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void batchesOfTwoOverAccountsSharingOneSignUpTimeListEachOnceInTheListsOrder() {
        String tag = "batch" + UUID.randomUUID().toString().substring(0, 8);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(scenario.signUp(Role.SPONSOR, tag + "-" + i + "@example.org", "Batch " + i).id());
        }
        // four of them at one instant, so a batch of two ends between accounts the time alone cannot tell apart
        jdbc.update("update account_view set registered_at = (select registered_at from account_view"
                + " where account_id = ?) where account_id in (?, ?, ?, ?)", ids.get(1), ids.get(1), ids.get(2),
                ids.get(3), ids.get(4));

        List<AccountExport.Line> inTwos = export(2, tag);
        List<AccountExport.Line> inOnes = export(1, tag);
        List<AccountExport.Line> atOnce = export(AccountExport.BATCH, tag);

        assertThat(inTwos.stream().map(AccountExport.Line::accountId)).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(inTwos).isSortedAccordingTo(Comparator.comparing(AccountExport.Line::registeredAtExact).reversed()
                // PostgreSQL orders uuids by their bytes, unsigned, as their hex text sorts; Java's UUID.compareTo
                // compares signed halves, which disagrees whenever an id starts with 8 to f
                .thenComparing(line -> line.accountId().toString()));
        assertThat(inOnes).isEqualTo(inTwos);
        assertThat(atOnce).isEqualTo(inTwos);
    }

    private List<AccountExport.Line> export(int batch, String tag) {
        List<AccountExport.Line> lines = new ArrayList<>();
        new AccountExport(jdbc, batch).forEachAccount(null, tag, lines::add);
        return lines;
    }
}
