package io.gatehouse.query;

/**
 * The processing group of the handlers that clear an erased person from the streaming read models in the
 * erasure's own transaction. It is subscribing, as every group not listed as a streaming read model, and it
 * is not a read model itself: a replay has nothing to redo there, the projections erase again as they pass.
 */
public final class ImmediateErasure {

    public static final String PROCESSING_GROUP = "erasure-in-read-models";

    private ImmediateErasure() {
    }
}
