package io.gatehouse.signin;

import java.util.UUID;

/** What every sign-in event tells a reader: whose account (null: none matched), from which client and browser. */
public interface SignInEvent {

    UUID accountId();

    String clientAddress();

    /** The browser's User-Agent, cut to a readable length. */
    String browser();
}
