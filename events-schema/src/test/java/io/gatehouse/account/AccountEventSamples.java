package io.gatehouse.account;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One plausible instance of every kind of account event, for tests that must cover them all. */
final class AccountEventSamples {

    static final UUID ACCOUNT = UUID.fromString("7a7a7a7a-0000-4000-8000-000000000001");
    static final String SELF = Actors.of(ACCOUNT);
    static final String ADMIN = "7a7a7a7a-0000-4000-8000-00000000ad00";
    static final String CLIENT = "198.51.100.4";
    static final UUID TOKEN = UUID.fromString("7a7a7a7a-0000-4000-8000-0000000070c0");

    /** Keyed by event type. A new event type without an entry here fails {@code AccountStateCoverageTest}. */
    static final Map<Class<? extends AccountEvent>, AccountEvent> BY_TYPE = Map.ofEntries(
            sample(new AccountRegistered(ACCOUNT, "ada@example.org", "Ada", null, Role.EDITOR, true, SELF, CLIENT)),
            sample(new EmailConfirmed(ACCOUNT, SELF, CLIENT)),
            sample(new RegistrationExpired(ACCOUNT, Actors.SYSTEM, null)),
            sample(new AccountApproved(ACCOUNT, Role.EDITOR, "Known to the team.", ADMIN, CLIENT)),
            sample(new AccountRejected(ACCOUNT, "Unknown organization.", ADMIN, CLIENT)),
            sample(new AccountSuspended(ACCOUNT, "Abuse report.", ADMIN, CLIENT)),
            sample(new AccountReinstated(ACCOUNT, "Cleared.", ADMIN, CLIENT)),
            sample(new RoleGranted(ACCOUNT, Role.AUDITOR, "Quarterly audit.", ADMIN, CLIENT)),
            sample(new RoleRevoked(ACCOUNT, Role.AUDITOR, "Audit finished.", ADMIN, CLIENT)),
            sample(new PasswordChanged(ACCOUNT, SELF, CLIENT)),
            sample(new PasswordReset(ACCOUNT, SELF, CLIENT)),
            sample(new SecondFactorEnrolled(ACCOUNT, SELF, CLIENT)),
            sample(new SecondFactorReset(ACCOUNT, "Lost phone.", ADMIN, CLIENT)),
            sample(new AccountErased(ACCOUNT, "Asked to be forgotten.", ADMIN, CLIENT)),
            sample(new AccountDetailsChanged(ACCOUNT, "Ada King", "Analytical Engines", SELF, CLIENT)),
            sample(new RequestWithdrawn(ACCOUNT, "Joined another team.", SELF, CLIENT)),
            sample(new ApiTokenIssued(ACCOUNT, TOKEN, "Nightly sync", List.of("documents:read"),
                    Instant.parse("2027-06-01T00:00:00Z"), SELF, CLIENT)),
            sample(new ApiTokenRevoked(ACCOUNT, TOKEN, SELF, CLIENT)),
            sample(new ExportLimitsSet(ACCOUNT, 20, 500, 2, "Quarterly report run.", ADMIN, CLIENT)),
            sample(new ExportLimitsCleared(ACCOUNT, "Report run over.", ADMIN, CLIENT)));

    private AccountEventSamples() {
    }

    private static Map.Entry<Class<? extends AccountEvent>, AccountEvent> sample(AccountEvent event) {
        return Map.entry(event.getClass(), event);
    }
}
