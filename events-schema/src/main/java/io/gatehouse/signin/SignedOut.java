package io.gatehouse.signin;

import io.gatehouse.personal.PersonalData;
import io.gatehouse.record.StoredAs;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The person ended their own session with "Sign out". */
@Revision("2")
@StoredAs("SignedOut")
public record SignedOut(UUID accountId,
                        @PersonalData String clientAddress,
                        @PersonalData String browser) implements SignInEvent {
}
