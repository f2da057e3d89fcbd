/**
 * Limits on guessing and on mail-sending forms, as Bucket4j token buckets in PostgreSQL (shared by every
 * instance, surviving restarts). A guarded attempt takes its tokens before it is checked, holding the
 * buckets' rows locked until it is decided: parallel guesses queue instead of slipping past the limit.
 * A failure commits the spent tokens; a success rolls them back, so it writes nothing.
 */
package io.gatehouse.web.throttle;
