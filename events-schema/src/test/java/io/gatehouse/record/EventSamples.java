package io.gatehouse.record;

import io.gatehouse.account.AccountApproved;
import io.gatehouse.account.ApiTokenIssued;
import io.gatehouse.account.ApiTokenRevoked;
import io.gatehouse.account.ExportLimitsCleared;
import io.gatehouse.account.ExportLimitsSet;
import io.gatehouse.account.AccountDetailsChanged;
import io.gatehouse.account.AccountErased;
import io.gatehouse.account.AccountRegistered;
import io.gatehouse.account.AccountReinstated;
import io.gatehouse.account.AccountRejected;
import io.gatehouse.account.AccountSuspended;
import io.gatehouse.account.Actors;
import io.gatehouse.account.EmailConfirmed;
import io.gatehouse.account.PasswordChanged;
import io.gatehouse.account.PasswordReset;
import io.gatehouse.account.RegistrationExpired;
import io.gatehouse.account.RequestWithdrawn;
import io.gatehouse.account.Role;
import io.gatehouse.account.RoleGranted;
import io.gatehouse.account.RoleRevoked;
import io.gatehouse.account.SecondFactorEnrolled;
import io.gatehouse.account.SecondFactorReset;
import io.gatehouse.document.DocumentCreated;
import io.gatehouse.document.DocumentEdited;
import io.gatehouse.document.DocumentReassigned;
import io.gatehouse.signin.SessionEndCause;
import io.gatehouse.signin.SessionEnded;
import io.gatehouse.signin.SignInFailed;
import io.gatehouse.signin.SignInFailure;
import io.gatehouse.signin.SignedIn;
import io.gatehouse.signin.SignedOut;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One instance of every event type at its current revision: what its golden file of that revision holds.
 * Every field is set (no nulls where the type allows a value), so a renamed or dropped field shows.
 */
final class EventSamples {

    static final UUID ACCOUNT = UUID.fromString("6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e");
    static final UUID ADMIN = UUID.fromString("7a7a7a7a-0000-4000-8000-00000000ad00");
    static final UUID EDITOR = UUID.fromString("7a7a7a7a-0000-4000-8000-0000000000ed");
    static final UUID OTHER_EDITOR = UUID.fromString("7a7a7a7a-0000-4000-8000-0000000000ee");
    static final UUID TOKEN = UUID.fromString("7a7a7a7a-0000-4000-8000-0000000070c0");
    static final UUID DOCUMENT = UUID.fromString("d0c0d0c0-0000-4000-8000-000000000001");
    static final String SELF = Actors.of(ACCOUNT);
    static final String BY_ADMIN = Actors.of(ADMIN);
    static final String CLIENT = "203.0.113.7";
    static final String ADMIN_CLIENT = "198.51.100.4";
    static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0";

    static final Map<Class<?>, Object> CURRENT = Stream.of(
            new AccountRegistered(ACCOUNT, "ada.lovelace@example.org", "Ada Lovelace", "Analytical Engines",
                    Role.EDITOR, true, SELF, CLIENT),
            new EmailConfirmed(ACCOUNT, SELF, CLIENT),
            new RegistrationExpired(ACCOUNT, Actors.SYSTEM, null),
            new AccountApproved(ACCOUNT, Role.EDITOR, "Known to the team.", BY_ADMIN, ADMIN_CLIENT),
            new AccountRejected(ACCOUNT, "Unknown organization.", BY_ADMIN, ADMIN_CLIENT),
            new AccountSuspended(ACCOUNT, "Abuse report.", BY_ADMIN, ADMIN_CLIENT),
            new AccountReinstated(ACCOUNT, "Cleared.", BY_ADMIN, ADMIN_CLIENT),
            new RoleGranted(ACCOUNT, Role.AUDITOR, "Quarterly audit.", BY_ADMIN, ADMIN_CLIENT),
            new RoleRevoked(ACCOUNT, Role.AUDITOR, "Audit finished.", BY_ADMIN, ADMIN_CLIENT),
            new PasswordChanged(ACCOUNT, SELF, CLIENT),
            new PasswordReset(ACCOUNT, SELF, CLIENT),
            new SecondFactorEnrolled(ACCOUNT, SELF, CLIENT),
            new SecondFactorReset(ACCOUNT, "Lost phone.", BY_ADMIN, ADMIN_CLIENT),
            new AccountErased(ACCOUNT, "Asked to be forgotten.", BY_ADMIN, ADMIN_CLIENT),
            new AccountDetailsChanged(ACCOUNT, "Ada King", "Analytical Engines", SELF, CLIENT),
            new RequestWithdrawn(ACCOUNT, "Joined another team.", SELF, CLIENT),
            new ApiTokenIssued(ACCOUNT, TOKEN, "Nightly sync", List.of("documents:read", "documents:write"),
                    Instant.parse("2027-06-01T00:00:00Z"), SELF, CLIENT),
            new ApiTokenRevoked(ACCOUNT, TOKEN, SELF, CLIENT),
            new ExportLimitsSet(ACCOUNT, 20, 500, 2, "Quarterly report run.", BY_ADMIN, ADMIN_CLIENT),
            new ExportLimitsCleared(ACCOUNT, "Report run over.", BY_ADMIN, ADMIN_CLIENT),
            new DocumentCreated(DOCUMENT, ACCOUNT, EDITOR, "Minutes", "We met.", CLIENT),
            new DocumentEdited(DOCUMENT, "Minutes, 2nd draft", "We met twice.", EDITOR, CLIENT),
            new DocumentReassigned(DOCUMENT, EDITOR, OTHER_EDITOR, ACCOUNT, CLIENT),
            new SignedIn(ACCOUNT, true, false, CLIENT, BROWSER),
            new SignInFailed(ACCOUNT, SignInFailure.WRONG_PASSWORD, CLIENT, BROWSER),
            new SignedOut(ACCOUNT, CLIENT, BROWSER),
            new SessionEnded(ACCOUNT, SessionEndCause.ACCOUNT_SUSPENDED, BY_ADMIN, ADMIN_CLIENT, CLIENT, BROWSER))
            .collect(Collectors.toUnmodifiableMap(Object::getClass, Function.identity()));

    /**
     * Golden files of older revisions, and the current event each must read as. Before their personal fields were
     * sealed (revision 2, or 3 for AccountRegistered) each type stored the same values in plain text.
     */
    static final Map<String, Object> OLDER = olderRevisions();

    private static Map<String, Object> olderRevisions() {
        Map<String, Object> older = new HashMap<>();
        older.put("AccountRegistered-revision-1.json", new AccountRegistered(ACCOUNT, "ada.lovelace@example.org",
                "Ada Lovelace", "Analytical Engines", Role.EDITOR, false, SELF, CLIENT));
        older.put("AccountRegistered-revision-2.json", CURRENT.get(AccountRegistered.class));
        CURRENT.forEach((type, event) -> {
            if (type != AccountRegistered.class && type != AccountErased.class && type != AccountDetailsChanged.class
                    && type != RequestWithdrawn.class && type != ApiTokenIssued.class && type != ApiTokenRevoked.class
                    && type != ExportLimitsSet.class && type != ExportLimitsCleared.class) {
                older.put(StoredEvents.goldenName(EventTypes.storedName(type), "1"), event);
            }
        });
        return Map.copyOf(older);
    }

    private EventSamples() {
    }
}
