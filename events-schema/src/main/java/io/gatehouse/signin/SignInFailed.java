package io.gatehouse.signin;

import io.gatehouse.account.Actors;
import io.gatehouse.personal.PersonalData;
import io.gatehouse.record.StoredAs;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** An attempt to sign in was refused. {@code accountId} is null when the address matched no account. */
@Revision("2")
@StoredAs("SignInFailed")
public record SignInFailed(UUID accountId,
                           SignInFailure cause,
                           @PersonalData String clientAddress,
                           @PersonalData String browser) implements SignInEvent {

    /** Whoever typed it: not necessarily the owner of the account the address belongs to. */
    @Override
    public String actorId() {
        return Actors.ANONYMOUS;
    }
}
