package io.gatehouse.signin;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** An attempt to sign in was refused. {@code accountId} is null when the address matched no account. */
@Revision("1")
public record SignInFailed(UUID accountId,
                           SignInFailure cause,
                           String clientAddress,
                           String browser) implements SignInEvent {
}
