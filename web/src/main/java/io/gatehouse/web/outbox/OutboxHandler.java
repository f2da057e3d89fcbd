package io.gatehouse.web.outbox;

/** Does one kind of outbox work. Runs in the transaction that claimed the row: its writes commit with it. */
public interface OutboxHandler {

    /** The kind of row this handles, e.g. {@code mail}. */
    String kind();

    /** Does the work; throws to have it retried later. */
    void handle(String payload) throws Exception;
}
