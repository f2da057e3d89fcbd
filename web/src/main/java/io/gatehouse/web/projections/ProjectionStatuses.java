package io.gatehouse.web.projections;

import io.gatehouse.web.projections.ReadModels.Kind;
import io.gatehouse.web.projections.ReadModels.ReadModel;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.stereotype.Component;

import java.util.List;

/** What /admin/projections shows: every read model's position against the store's head, and its state. */
@Component
class ProjectionStatuses {

    private final ProcessorPositions positions;
    private final ProjectionReplays replays;
    private final EventProcessingConfiguration processing;
    private final ProjectionErrors errors;

    ProjectionStatuses(ProcessorPositions positions, ProjectionReplays replays, EventProcessingConfiguration processing,
                       ProjectionErrors errors) {
        this.positions = positions;
        this.replays = replays;
        this.processing = processing;
        this.errors = errors;
    }

    List<ProjectionRow> readModels() {
        long head = positions.head();
        return ReadModels.all().stream().map(model -> model.kind() == Kind.STREAMING
                ? streaming(model, head) : subscribing(model, head)).toList();
    }

    /** The other event handlers: they act on the world (mail, sessions, second factors) and are never replayed. */
    List<String> sideEffects() {
        return processing.eventProcessors().keySet().stream()
                .filter(name -> ReadModels.find(name).isEmpty()).sorted().toList();
    }

    private ProjectionRow subscribing(ReadModel model, long head) {
        return replays.rebuild(model.name())
                .map(rebuild -> {
                    long max = Math.max(rebuild.head(), 0);
                    long done = Math.max(Math.min(rebuild.position(), max), 0);
                    return new ProjectionRow(model.name(), model.purpose(), "subscribing", text(rebuild.position()),
                            head, "\u2014", "replaying", null, true, done, max, percent(done, max), null, true);
                })
                .orElseGet(() -> {
                    String error = replays.failure(model.name()).map(m -> "last rebuild failed: " + m).orElse(null);
                    // in step with every command: it is updated in the command's own transaction
                    return new ProjectionRow(model.name(), model.purpose(), "subscribing", text(head), head, "0",
                            error == null ? "running" : "error", error, false, 0, 0, 0, null, true);
                });
    }

    private ProjectionRow streaming(ReadModel model, long head) {
        StreamPosition at = positions.of(model.name());
        long position = at.position().orElse(-1);
        String error = at.error() != null ? at.error()
                : errors.current(model.name(), position).map(f -> "stopped at position " + f.position()
                        + " and retrying: " + f.message()).orElse(null);
        String state = error != null ? "error" : at.replaying() ? "replaying"
                : positions.processor(model.name()).map(EventProcessor::isRunning).orElse(false) ? "running" : "stopped";
        long max = Math.max(at.resetAt().orElse(head), 0);
        long done = Math.max(Math.min(position, max), 0);
        return new ProjectionRow(model.name(), model.purpose(), "streaming", text(position), head,
                String.valueOf(Math.max(head - position, 0)), state, error, at.replaying(), done, max,
                percent(done, max), at.owner(), true);
    }

    private static String text(long position) {
        return position < 0 ? "\u2014" : String.valueOf(position);
    }

    private static long percent(long done, long max) {
        return max <= 0 ? 100 : done * 100 / max;
    }
}
