package io.gatehouse.query.audit;

import io.gatehouse.account.AccountDetailsChanged;
import io.gatehouse.account.RequestWithdrawn;
import io.gatehouse.signin.SessionEndCause;
import io.gatehouse.signin.SessionEnded;
import org.junit.jupiter.api.Test;

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
    void sessionEndedByWithdrawalThenSaysSo() {
        SessionEnded ended = new SessionEnded(ACCOUNT, SessionEndCause.ACCOUNT_WITHDRAWN, ACCOUNT.toString(),
                "203.0.113.7", "203.0.113.7", null);

        assertThat(AuditWording.detail(ended)).startsWith("the request to join was withdrawn");
    }
}
