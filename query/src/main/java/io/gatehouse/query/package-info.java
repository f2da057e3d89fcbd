/**
 * The read side: projections that turn events into the tables pages and the security check read.
 * Every projection here runs in the command's own transaction (subscribing processors), so a page
 * rendered after a command returns shows its effect, and every one can be rebuilt from the event
 * store ({@link io.gatehouse.query.replay.ProjectionReplayer}).
 */
package io.gatehouse.query;
