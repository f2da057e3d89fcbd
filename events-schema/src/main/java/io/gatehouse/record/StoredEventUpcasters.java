package io.gatehouse.record;

import io.gatehouse.account.AccountApproved;
import io.gatehouse.account.AccountRegistered;
import io.gatehouse.account.AccountRegisteredUpcaster;
import io.gatehouse.account.AccountReinstated;
import io.gatehouse.account.AccountRejected;
import io.gatehouse.account.AccountSuspended;
import io.gatehouse.account.EmailConfirmed;
import io.gatehouse.account.PasswordChanged;
import io.gatehouse.account.PasswordReset;
import io.gatehouse.account.RegistrationExpired;
import io.gatehouse.account.RoleGranted;
import io.gatehouse.account.RoleRevoked;
import io.gatehouse.account.SecondFactorEnrolled;
import io.gatehouse.account.SecondFactorReset;
import io.gatehouse.document.DocumentCreated;
import io.gatehouse.document.DocumentEdited;
import io.gatehouse.document.DocumentReassigned;
import io.gatehouse.personal.PersonalDataUpcaster;
import io.gatehouse.signin.SessionEnded;
import io.gatehouse.signin.SignInFailed;
import io.gatehouse.signin.SignedIn;
import io.gatehouse.signin.SignedOut;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

import java.util.List;

/**
 * The one chain every stored event is read through, in order: first the legacy class names become
 * aliases, then each type's upcasters take it from revision to revision. A new upcaster is added here
 * (after the rename), so the app and the golden-file tests read the store the same way.
 */
public final class StoredEventUpcasters {

    private StoredEventUpcasters() {
    }

    public static List<EventUpcaster> inOrder() {
        return List.of(new LegacyTypeNameUpcaster(), new AccountRegisteredUpcaster(),
                new PersonalDataUpcaster(PERSONAL_DATA_SEALED));
    }

    /** The revision from which each event type's personal fields are sealed (AccountErased was born sealed). */
    private static final List<PersonalDataUpcaster.Change> PERSONAL_DATA_SEALED = List.of(
            sealedFrom(AccountRegistered.class, "2", "3"),
            sealedFrom(EmailConfirmed.class, "1", "2"),
            sealedFrom(RegistrationExpired.class, "1", "2"),
            sealedFrom(AccountApproved.class, "1", "2"),
            sealedFrom(AccountRejected.class, "1", "2"),
            sealedFrom(AccountSuspended.class, "1", "2"),
            sealedFrom(AccountReinstated.class, "1", "2"),
            sealedFrom(RoleGranted.class, "1", "2"),
            sealedFrom(RoleRevoked.class, "1", "2"),
            sealedFrom(PasswordChanged.class, "1", "2"),
            sealedFrom(PasswordReset.class, "1", "2"),
            sealedFrom(SecondFactorEnrolled.class, "1", "2"),
            sealedFrom(SecondFactorReset.class, "1", "2"),
            sealedFrom(DocumentCreated.class, "1", "2"),
            sealedFrom(DocumentEdited.class, "1", "2"),
            sealedFrom(DocumentReassigned.class, "1", "2"),
            sealedFrom(SignedIn.class, "1", "2"),
            sealedFrom(SignedOut.class, "1", "2"),
            sealedFrom(SignInFailed.class, "1", "2"),
            sealedFrom(SessionEnded.class, "1", "2"));

    private static PersonalDataUpcaster.Change sealedFrom(Class<?> type, String from, String to) {
        return new PersonalDataUpcaster.Change(EventTypes.storedName(type), from, to, type);
    }

    public static EventUpcasterChain chain() {
        return new EventUpcasterChain(inOrder());
    }
}
