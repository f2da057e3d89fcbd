package io.gatehouse.command.account;

import io.gatehouse.account.Role;
import io.gatehouse.command.CommandRefusedException.Kind;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The contract's account state machine ("Roles and account states" in docs/contract.md), written out again as
 * plain code for {@link AccountCommandSequenceTest} to judge the aggregate by. It shares nothing with
 * {@code AccountState} or {@link AccountRules} on purpose: an oracle that reused the production fold would agree
 * with the production fold's mistakes.
 */
final class ContractModel {

    enum Status { UNVERIFIED, PENDING, ACTIVE, REJECTED, SUSPENDED, EXPIRED, WITHDRAWN, ERASED }

    /** How long a sign-up may wait for its address to be confirmed, as the contract states it. */
    static final Duration CONFIRMATION_WINDOW = Duration.ofHours(48);
    static final int MAX_REASON = 500;

    /** One account as the model sees it: where it stands, which roles it holds, what it signed up for. */
    static final class Person {
        Status status;
        final Set<Role> roles = EnumSet.noneOf(Role.class);
        final Role requestedRole;

        Person(Status status, Role requestedRole, Set<Role> roles) {
            this.status = status;
            this.requestedRole = requestedRole;
            this.roles.addAll(roles);
        }

        boolean isActiveAdmin() {
            return status == Status.ACTIVE && roles.contains(Role.ADMIN);
        }
    }

    /**
     * What the model expects of one command: accepted, or refused for these reasons. A refusal lists every rule
     * the command breaks, because the contract does not say which rule speaks first; the aggregate's refusal must
     * be of the kind of one of them.
     */
    record Verdict(List<Broken> broken) {
        boolean accepted() {
            return broken.isEmpty();
        }

        boolean allows(Kind kind) {
            return broken.stream().anyMatch(b -> b.kind() == kind);
        }

        @Override
        public String toString() {
            return accepted() ? "accepted" : "refused " + broken;
        }
    }

    record Broken(Kind kind, String rule) {
        @Override
        public String toString() {
            return kind + ": " + rule;
        }
    }

    private final List<Person> people;

    ContractModel(List<Person> people) {
        this.people = people;
    }

    Person person(int index) {
        return people.get(index);
    }

    Verdict decide(Step step) {
        Person target = people.get(step.target());
        List<Broken> broken = new ArrayList<>();
        boolean own = step.actor() == step.target();
        switch (step.kind()) {
            case APPROVE -> {
                optionalReason(step, broken);
                inState(target, broken, Status.PENDING);
            }
            case REJECT -> {
                requiredReason(step, broken);
                notOwn(own, broken);
                inState(target, broken, Status.PENDING);
            }
            case SUSPEND -> {
                requiredReason(step, broken);
                notOwn(own, broken);
                inState(target, broken, Status.ACTIVE);
                notLastActiveAdmin(step.target(), target, broken);
            }
            case REINSTATE -> {
                requiredReason(step, broken);
                inState(target, broken, Status.SUSPENDED);
            }
            case GRANT -> {
                optionalReason(step, broken);
                roleChosen(step, broken);
                inState(target, broken, Status.ACTIVE, Status.SUSPENDED);
                if (step.role() != null && target.roles.contains(step.role())) {
                    broken.add(new Broken(Kind.CONFLICT, "already holds " + step.role()));
                }
            }
            case REVOKE -> {
                requiredReason(step, broken);
                roleChosen(step, broken);
                notOwn(own, broken);
                inState(target, broken, Status.ACTIVE, Status.SUSPENDED);
                if (step.role() != null && !target.roles.contains(step.role())) {
                    broken.add(new Broken(Kind.CONFLICT, "does not hold " + step.role()));
                }
                if (step.role() == Role.ADMIN) {
                    notLastActiveAdmin(step.target(), target, broken);
                }
            }
            case WITHDRAW -> {
                optionalReason(step, broken);
                if (!own) {
                    broken.add(new Broken(Kind.CONFLICT, "only the owner withdraws"));
                }
                inState(target, broken, Status.PENDING);
            }
            case ERASE -> {
                requiredReason(step, broken);
                notOwn(own, broken);
                if (target.status == Status.ERASED) {
                    broken.add(new Broken(Kind.CONFLICT, "already ERASED"));
                }
                notLastActiveAdmin(step.target(), target, broken);
            }
            case CONFIRM -> {
                inState(target, broken, Status.UNVERIFIED);
                if (!step.validToken()) {
                    broken.add(new Broken(Kind.INVALID_INPUT, "unknown confirmation link"));
                }
            }
            case EXPIRE -> {
                inState(target, broken, Status.UNVERIFIED);
                if (step.hoursAfterSignUp().compareTo(CONFIRMATION_WINDOW) < 0) {
                    broken.add(new Broken(Kind.CONFLICT, "still within the confirmation window"));
                }
            }
        }
        return new Verdict(List.copyOf(broken));
    }

    /** Moves the model on by a command {@link #decide} accepted. */
    void apply(Step step) {
        Person target = people.get(step.target());
        switch (step.kind()) {
            case APPROVE -> {
                target.status = Status.ACTIVE;
                target.roles.add(target.requestedRole);
            }
            case REJECT -> target.status = Status.REJECTED;
            case SUSPEND -> target.status = Status.SUSPENDED;
            case REINSTATE -> target.status = Status.ACTIVE;
            case GRANT -> target.roles.add(step.role());
            case REVOKE -> target.roles.remove(step.role());
            case WITHDRAW -> target.status = Status.WITHDRAWN;
            case ERASE -> {
                target.status = Status.ERASED;
                target.roles.clear();
            }
            case CONFIRM -> target.status = Status.PENDING;
            case EXPIRE -> target.status = Status.EXPIRED;
        }
    }

    private static void inState(Person target, List<Broken> broken, Status... allowed) {
        if (!List.of(allowed).contains(target.status)) {
            broken.add(new Broken(Kind.CONFLICT, "is " + target.status + ", needs " + List.of(allowed)));
        }
    }

    private static void notOwn(boolean own, List<Broken> broken) {
        if (own) {
            broken.add(new Broken(Kind.CONFLICT, "acts on own account"));
        }
    }

    /** Only an ACTIVE admin counts: removing one needs another ACTIVE admin somewhere. */
    private void notLastActiveAdmin(int index, Person target, List<Broken> broken) {
        if (!target.isActiveAdmin()) {
            return;
        }
        boolean another = false;
        for (int i = 0; i < people.size(); i++) {
            another |= i != index && people.get(i).isActiveAdmin();
        }
        if (!another) {
            broken.add(new Broken(Kind.CONFLICT, "last active admin"));
        }
    }

    private static void roleChosen(Step step, List<Broken> broken) {
        if (step.role() == null) {
            broken.add(new Broken(Kind.INVALID_INPUT, "no role chosen"));
        }
    }

    private static void requiredReason(Step step, List<Broken> broken) {
        if (step.reason() == null || step.reason().isBlank()) {
            broken.add(new Broken(Kind.INVALID_INPUT, "reason required"));
        }
        optionalReason(step, broken);
    }

    private static void optionalReason(Step step, List<Broken> broken) {
        if (step.reason() != null && step.reason().strip().length() > MAX_REASON) {
            broken.add(new Broken(Kind.INVALID_INPUT, "reason over " + MAX_REASON + " characters"));
        }
    }
}
