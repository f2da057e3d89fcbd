package io.gatehouse.web.projections;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The processing groups that are read models, and how each runs. Only these can be replayed: any other group
 * (mail-policy, session-terminator, command-second-factor, and whatever is added later) has side effects that a
 * replay would repeat, and is refused until it is listed here on purpose.
 */
public final class ReadModels {

    public enum Kind { SUBSCRIBING, STREAMING }

    /** A read model, and what it is for, as the admin page says it. */
    public record ReadModel(String name, Kind kind, String purpose) {
    }

    /** What the per-request security check and the commands read: current with every command. */
    public static final List<ReadModel> SUBSCRIBING = List.of(
            new ReadModel("account-directory", Kind.SUBSCRIBING,
                    "Accounts, states and roles: the per-request security check and the admin directory"),
            new ReadModel("command-account-lookup", Kind.SUBSCRIBING,
                    "The commands' look-up: addresses in use, editors that can be assigned"));

    /** Pages only: they follow the store in Axon's pooled streaming processors, tokens in token_entry. */
    public static final List<ReadModel> STREAMING = List.of(
            new ReadModel("documents", Kind.STREAMING, "Sponsors' and editors' document pages"),
            new ReadModel("audit-trail", Kind.STREAMING, "The audit pages and the admin account histories"));

    public static final String DOCUMENTS = "documents";
    public static final String AUDIT_TRAIL = "audit-trail";

    private ReadModels() {
    }

    public static List<ReadModel> all() {
        return Stream.concat(SUBSCRIBING.stream(), STREAMING.stream()).toList();
    }

    public static Optional<ReadModel> find(String name) {
        return all().stream().filter(model -> model.name().equals(name)).findFirst();
    }
}
