package io.gatehouse.query.audit;

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
import io.gatehouse.account.EmailConfirmed;
import io.gatehouse.account.PasswordChanged;
import io.gatehouse.account.PasswordReset;
import io.gatehouse.account.RegistrationExpired;
import io.gatehouse.account.RequestWithdrawn;
import io.gatehouse.account.RoleGranted;
import io.gatehouse.account.RoleRevoked;
import io.gatehouse.account.SecondFactorEnrolled;
import io.gatehouse.account.SecondFactorReset;
import io.gatehouse.document.DocumentCreated;
import io.gatehouse.document.DocumentEdited;
import io.gatehouse.document.DocumentReassigned;
import io.gatehouse.signin.SessionEndCause;
import io.gatehouse.signin.SessionEnded;
import io.gatehouse.signin.SignInEvent;
import io.gatehouse.signin.SignInFailed;
import io.gatehouse.signin.SignInFailure;
import io.gatehouse.signin.SignedIn;
import io.gatehouse.signin.SignedOut;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How the trail words each kind of event for a person reading it: its action, and a line of detail. */
final class AuditWording {

    /** Every event type the trail records, in the order the type filter lists them. */
    private static final Map<Class<?>, String> ACTIONS = new LinkedHashMap<>();

    static {
        ACTIONS.put(AccountRegistered.class, "Signed up");
        ACTIONS.put(EmailConfirmed.class, "E-mail confirmed");
        ACTIONS.put(RegistrationExpired.class, "Sign-up lapsed");
        ACTIONS.put(RequestWithdrawn.class, "Request withdrawn");
        ACTIONS.put(AccountDetailsChanged.class, "Details changed");
        ACTIONS.put(AccountApproved.class, "Approved");
        ACTIONS.put(AccountRejected.class, "Rejected");
        ACTIONS.put(AccountSuspended.class, "Suspended");
        ACTIONS.put(AccountReinstated.class, "Reinstated");
        ACTIONS.put(RoleGranted.class, "Role granted");
        ACTIONS.put(RoleRevoked.class, "Role revoked");
        ACTIONS.put(PasswordChanged.class, "Password changed");
        ACTIONS.put(PasswordReset.class, "Password reset");
        ACTIONS.put(SecondFactorEnrolled.class, "Second factor set up");
        ACTIONS.put(SecondFactorReset.class, "Second factor reset");
        ACTIONS.put(ApiTokenIssued.class, "API token made");
        ACTIONS.put(ApiTokenRevoked.class, "API token revoked");
        ACTIONS.put(ExportLimitsSet.class, "Export limits set");
        ACTIONS.put(ExportLimitsCleared.class, "Export limits cleared");
        ACTIONS.put(AccountErased.class, "Erased");
        ACTIONS.put(SignedIn.class, "Signed in");
        ACTIONS.put(SignInFailed.class, "Sign-in failed");
        ACTIONS.put(SignedOut.class, "Signed out");
        ACTIONS.put(SessionEnded.class, "Session ended");
        ACTIONS.put(DocumentCreated.class, "Document created");
        ACTIONS.put(DocumentEdited.class, "Document edited");
        ACTIONS.put(DocumentReassigned.class, "Document reassigned");
    }

    /** Where a session's client address goes in the stored detail; the address itself is kept in a column. */
    private static final String SESSION_ADDRESS = "{session-address}";

    private AuditWording() {
    }

    static List<String> eventTypes() {
        return ACTIONS.keySet().stream().map(Class::getSimpleName).toList();
    }

    static Map<String, String> actionsByType() {
        Map<String, String> actions = new LinkedHashMap<>();
        ACTIONS.forEach((type, action) -> actions.put(type.getSimpleName(), action));
        return actions;
    }

    /** The types that record sign-in activity rather than acts on the account. */
    static List<String> signInTypes() {
        return ACTIONS.keySet().stream().filter(SignInEvent.class::isAssignableFrom).map(Class::getSimpleName).toList();
    }

    static String action(Object event) {
        return ACTIONS.getOrDefault(event.getClass(), event.getClass().getSimpleName());
    }

    /**
     * The stored line about the event's particulars. It holds no personal data: e-mails and titles are added
     * from the label columns when the trail is read ({@link #readDetail}).
     */
    static String detail(Object event) {
        if (event instanceof AccountRegistered e) {
            return "asked for " + e.requestedRole();
        } else if (event instanceof AccountApproved e) {
            return "granted " + e.grantedRole();
        } else if (event instanceof RoleGranted e) {
            return e.role().name();
        } else if (event instanceof RoleRevoked e) {
            return e.role().name();
        } else if (event instanceof ApiTokenIssued e) {
            return String.join(", ", e.scopes()) + "; expires " + e.expiresAt().toString().substring(0, 10);
        } else if (event instanceof ExportLimitsSet e) {
            return e.limits().toString();
        } else if (event instanceof SignedIn e) {
            return (e.knownBrowser() ? "known browser" : "new browser") + (e.secondFactor() ? ", with second factor" : "");
        } else if (event instanceof SignInFailed e) {
            return failure(e.cause());
        } else if (event instanceof SignedOut) {
            return "";
        } else if (event instanceof SessionEnded e) {
            return ending(e.cause()) + "; the session was from " + SESSION_ADDRESS;
        }
        return null;
    }

    /** The line as a reader sees it: the stored detail with the labels the event refers to put in. */
    static String readDetail(String eventType, String stored, String subjectLabel, String documentTitle,
                             String relatedLabel, String otherLabel, String sessionAddress, String browser) {
        String line = labelled(eventType, stored, subjectLabel, documentTitle, relatedLabel, otherLabel, sessionAddress);
        if (browser == null || browser.isBlank()) {
            return line == null || !line.isEmpty() ? line : null;
        }
        return line == null || line.isEmpty() ? browser : line + ", " + browser;
    }

    private static String labelled(String eventType, String stored, String subjectLabel, String documentTitle,
                                   String relatedLabel, String otherLabel, String sessionAddress) {
        return switch (eventType) {
            case "SessionEnded" -> stored == null ? null : stored.replace(SESSION_ADDRESS,
                    sessionAddress == null ? "an address no longer kept" : ShortAddress.of(sessionAddress));
            case "AccountRegistered" -> subjectLabel == null ? stored : subjectLabel + " " + stored;
            case "DocumentCreated" -> quoted(documentTitle) + ", editor " + relatedLabel;
            case "DocumentEdited" -> quoted(documentTitle);
            case "DocumentReassigned" -> "editor " + otherLabel + " \u2192 " + relatedLabel;
            default -> stored;
        };
    }

    private static String quoted(String title) {
        return title == null ? "(title erased)" : "\u201c" + title + "\u201d";
    }

    private static String failure(SignInFailure cause) {
        return switch (cause) {
            case UNKNOWN_ACCOUNT -> "no account has the address typed";
            case WRONG_PASSWORD -> "wrong password";
            case NOT_ACTIVE -> "the account cannot sign in (unconfirmed or lapsed)";
            case NOT_PERMITTED_HERE -> "not an admin, at the admin sign-in";
            case THROTTLED -> "refused unchecked: too many failed attempts";
            case WRONG_CODE -> "wrong or reused second-factor code";
        };
    }

    private static String ending(SessionEndCause cause) {
        return switch (cause) {
            case ENDED_BY_OWNER -> "ended by its owner from another session";
            case PASSWORD_CHANGED -> "the password was changed";
            case PASSWORD_RESET -> "the password was reset";
            case ACCOUNT_SUSPENDED -> "the account was suspended";
            case ACCOUNT_REJECTED -> "the account was rejected";
            case SECOND_FACTOR_RESET -> "the second factor was reset";
            case ACCOUNT_ERASED -> "the account was erased";
            case ACCOUNT_WITHDRAWN -> "the request to join was withdrawn";
        };
    }

}
