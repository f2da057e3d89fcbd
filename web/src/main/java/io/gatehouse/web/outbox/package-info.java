/**
 * Work that must happen after a transaction commits and must survive a crash: sending mail, recording a
 * sign-up. It is written to the {@code outbox} table in the transaction that causes it (so a command
 * that fails leaves none), run right after the commit, and retried with backoff until it succeeds.
 * Instances claim rows with {@code FOR UPDATE SKIP LOCKED}, so each runs once however many there are.
 */
package io.gatehouse.web.outbox;
