/**
 * Limits on guessing and on mail-sending forms, as Bucket4j token buckets in PostgreSQL (shared by every
 * instance, surviving restarts). A guarded attempt takes its tokens, and commits them, before it is
 * checked, so parallel guesses cannot slip past the limit; a success gives its tokens back, a failure
 * leaves them spent. Nothing stays locked while a password is hashed.
 */
package io.gatehouse.web.throttle;
