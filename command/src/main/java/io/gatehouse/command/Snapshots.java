package io.gatehouse.command;

/** The name of the bean that says when an aggregate is snapshotted; the app that runs the commands defines it. */
public final class Snapshots {

    public static final String TRIGGER = "aggregateSnapshotTrigger";

    private Snapshots() {
    }
}
