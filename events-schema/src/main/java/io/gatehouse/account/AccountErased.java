package io.gatehouse.account;

import io.gatehouse.personal.PersonalData;
import io.gatehouse.record.StoredAs;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * The person's personal data was destroyed: the key it was encrypted with is gone, so their e-mail address,
 * name, organization, client addresses and their documents' text read as "erased account" everywhere, in
 * every replay too. The acts stay in the history; the address is free to sign up again.
 */
@Revision("1")
@StoredAs("AccountErased")
public record AccountErased(UUID accountId,
                            String reason,
                            String actorId,
                            @PersonalData(owner = "actorId") String clientAddress) implements AccountEvent {
}
