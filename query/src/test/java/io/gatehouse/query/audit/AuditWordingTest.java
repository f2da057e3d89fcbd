package io.gatehouse.query.audit;

import io.gatehouse.account.AccountDetailsChanged;
import io.gatehouse.account.ApiTokenIssued;
import io.gatehouse.account.ExportLimitsSet;
import io.gatehouse.account.RequestWithdrawn;
import io.gatehouse.signin.SessionEndCause;
import io.gatehouse.signin.SessionEnded;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** How the trail words the acts a person does for themselves. */
class AuditWordingTest {

    private static final UUID ACCOUNT = UUID.fromString("7a7a7a7a-0000-4000-8000-000000000001");

    @Test
    void detailsChangedThenLabelledWithoutTheNewValues() {
        AccountDetailsChanged changed = new AccountDetailsChanged(ACCOUNT, "Ada King", "Engines", ACCOUNT.toString(),
                "203.0.113.7");

        assertThat(AuditWording.action(changed)).isEqualTo("Details changed");
        assertThat(AuditWording.detail(changed)).isNull();
    }

    @Test
    void requestWithdrawnThenLabelledAndFilterable() {
        assertThat(AuditWording.action(new RequestWithdrawn(ACCOUNT, null, ACCOUNT.toString(), null)))
                .isEqualTo("Request withdrawn");
        assertThat(AuditWording.eventTypes()).contains("RequestWithdrawn", "AccountDetailsChanged");
        assertThat(AuditWording.signInTypes()).doesNotContain("RequestWithdrawn", "AccountDetailsChanged");
    }

    @Test
    void apiTokenIssuedThenScopesAndExpiryWithoutTheNameOrAnySecret() {
        ApiTokenIssued issued = new ApiTokenIssued(ACCOUNT, ACCOUNT, "Nightly sync", List.of("documents:read", "audit:read"),
                Instant.parse("2027-06-01T00:00:00Z"), ACCOUNT.toString(), "203.0.113.7");

        assertThat(AuditWording.action(issued)).isEqualTo("API token made");
        assertThat(AuditWording.detail(issued)).isEqualTo("documents:read, audit:read; expires 2027-06-01");
        assertThat(AuditWording.eventTypes()).contains("ApiTokenIssued", "ApiTokenRevoked", "ExportLimitsSet",
                "ExportLimitsCleared");
    }

    @Test
    void exportLimitsSetThenTheThreeNumbers() {
        ExportLimitsSet set = new ExportLimitsSet(ACCOUNT, 20, 500, 2, "Report run.", "admin", "203.0.113.7");

        assertThat(AuditWording.action(set)).isEqualTo("Export limits set");
        assertThat(AuditWording.detail(set)).isEqualTo("20/min, 500/day, 2 at once");
    }

    @Test
    void sessionEndedByWithdrawalThenSaysSo() {
        SessionEnded ended = new SessionEnded(ACCOUNT, SessionEndCause.ACCOUNT_WITHDRAWN, ACCOUNT.toString(),
                "203.0.113.7", "203.0.113.7", null);

        assertThat(AuditWording.detail(ended)).startsWith("the request to join was withdrawn");
    }
}
