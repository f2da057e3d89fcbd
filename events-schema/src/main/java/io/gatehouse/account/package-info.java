/**
 * The account lifecycle's messages: what can be asked of an account (commands), what happened to it
 * (events), and the vocabulary both use. Event records are a stored contract: the event store holds
 * them as JSON under their {@code @StoredAs} name and {@code @Revision}, so a class may move, but a
 * stored name is never reused and a published shape never changed in place: a change gets a new
 * revision, an upcaster and a golden file (events-schema's tests).
 */
package io.gatehouse.account;
