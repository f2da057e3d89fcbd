/**
 * The account lifecycle's messages: what can be asked of an account (commands), what happened to it
 * (events), and the vocabulary both use. Event records are a stored contract: the event store holds
 * them as JSON under their class name, so a published event is never renamed, moved or changed in
 * place; a change gets a {@code @Revision} and an upcaster.
 */
package io.gatehouse.account;
