/**
 * Rebuilding the subscribing read models (those the security check and the commands read) from the event
 * store, the source of truth, in one transaction while the app serves. Streaming read models are replayed
 * by Axon itself (see web.projections).
 */
package io.gatehouse.query.replay;
