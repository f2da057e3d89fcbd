package io.gatehouse.signin;

import io.gatehouse.personal.PersonalData;
import io.gatehouse.record.StoredAs;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * A session was opened for the account. {@code knownBrowser}: the browser carried this account's device
 * cookie from an earlier sign-in. {@code secondFactor}: a code was checked as well as the password.
 */
@Revision("2")
@StoredAs("SignedIn")
public record SignedIn(UUID accountId,
                       boolean knownBrowser,
                       boolean secondFactor,
                       @PersonalData String clientAddress,
                       @PersonalData String browser) implements SignInEvent {
}
