package io.gatehouse.signin;

import io.gatehouse.record.StoredAs;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The person ended their own session with "Sign out". */
@Revision("1")
@StoredAs("SignedOut")
public record SignedOut(UUID accountId,
                        String clientAddress,
                        String browser) implements SignInEvent {
}
