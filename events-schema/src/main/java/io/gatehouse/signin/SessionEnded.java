package io.gatehouse.signin;

import io.gatehouse.personal.PersonalData;
import io.gatehouse.record.StoredAs;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * One of the account's sessions was ended by something other than signing out of it. {@code actorId} and
 * {@code clientAddress} say who ended it and from where; {@code sessionClientAddress} and {@code browser}
 * describe the session that ended.
 */
@Revision("2")
@StoredAs("SessionEnded")
public record SessionEnded(UUID accountId,
                           SessionEndCause cause,
                           String actorId,
                           @PersonalData(owner = "actorId") String clientAddress,
                           @PersonalData String sessionClientAddress,
                           @PersonalData String browser) implements SignInEvent {
}
