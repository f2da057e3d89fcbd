package io.gatehouse.signin;

import io.gatehouse.account.Actors;
import io.gatehouse.record.Provenance;

import java.util.UUID;

/**
 * What every sign-in event tells a reader: whose account (null: none matched), from which client and
 * browser. Sealed, so that the record knows every event type.
 */
public sealed interface SignInEvent extends Provenance permits SignedIn, SignInFailed, SignedOut, SessionEnded {

    UUID accountId();

    /** The browser's User-Agent, cut to a readable length. */
    String browser();

    /** The account's owner acted on their own session; an event that names no account was anyone's. */
    @Override
    default String actorId() {
        return accountId() == null ? Actors.ANONYMOUS : Actors.of(accountId());
    }
}
