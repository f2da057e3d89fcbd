package io.gatehouse.query.account;

import io.gatehouse.account.AccountDetailsChanged;
import io.gatehouse.account.AccountErased;
import io.gatehouse.account.AccountRegistered;
import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.Actors;
import io.gatehouse.account.RequestWithdrawn;
import io.gatehouse.account.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The directory's row for an account, stepped through events as plain objects. */
class AccountViewTest {

    private static final UUID ACCOUNT = UUID.fromString("7a7a7a7a-0000-4000-8000-000000000001");
    private static final String SELF = Actors.of(ACCOUNT);
    private static final String CLIENT = "203.0.113.7";
    private static final Instant SIGNED_UP = Instant.parse("2026-11-01T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-02T10:30:00Z");

    private static AccountView pending() {
        return new AccountView(new AccountRegistered(ACCOUNT, "ada@example.org", "Ada Lovelace", "Engines",
                Role.EDITOR, false, SELF, CLIENT), SIGNED_UP);
    }

    @Test
    void detailsChangedThenNewNameAndOrganizationAndStatusUntouched() {
        AccountView view = pending();

        view.apply(new AccountDetailsChanged(ACCOUNT, "Ada King", null, SELF, CLIENT), LATER);

        assertThat(view.getDisplayName()).isEqualTo("Ada King");
        assertThat(view.getOrganization()).isNull();
        assertThat(view.getEmail()).isEqualTo("ada@example.org");
        assertThat(view.getStatus()).isEqualTo(AccountStatus.PENDING);
        assertThat(view.getStatusChangedAt()).isEqualTo(SIGNED_UP);
    }

    @Test
    void requestWithdrawnThenWithdrawnSinceThenWithItsReason() {
        AccountView view = pending();

        view.apply(new RequestWithdrawn(ACCOUNT, "Joined another team.", SELF, CLIENT), LATER);

        assertThat(view.getStatus()).isEqualTo(AccountStatus.WITHDRAWN);
        assertThat(view.getStatusChangedAt()).isEqualTo(LATER);
        assertThat(view.getStatusReason()).isEqualTo("Joined another team.");
        assertThat(view.isActive()).isFalse();
    }

    @Test
    void erasedAfterDetailsChangedThenNothingPersonalLeft() {
        AccountView view = pending();
        view.apply(new AccountDetailsChanged(ACCOUNT, "Ada King", "Other Engines", SELF, CLIENT), LATER);

        view.apply(new AccountErased(ACCOUNT, "Asked to be forgotten.", "admin", CLIENT), LATER);

        assertThat(view.getDisplayName()).isNull();
        assertThat(view.getOrganization()).isNull();
        assertThat(view.getEmail()).isNull();
    }

    /** A replay after erasure reads the sealed fields as null: the row must take them as they come. */
    @Test
    void detailsChangedReadAfterErasureThenNamesNull() {
        AccountView view = pending();

        view.apply(new AccountDetailsChanged(ACCOUNT, null, null, SELF, null), LATER);

        assertThat(view.getDisplayName()).isNull();
        assertThat(view.getStatus()).isEqualTo(AccountStatus.PENDING);
    }

    @Test
    void withdrawnIsNeitherListedNorCountedForAdmins() {
        assertThat(AccountDirectory.ADMIN_VISIBLE).doesNotContain(AccountStatus.WITHDRAWN)
                .contains(AccountStatus.PENDING);
    }
}
