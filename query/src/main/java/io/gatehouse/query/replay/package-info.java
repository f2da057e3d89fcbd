/** Rebuilding read models from the event store, the source of truth. */
package io.gatehouse.query.replay;
