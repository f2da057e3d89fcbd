package io.gatehouse.command.account;

import io.gatehouse.account.Role;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/**
 * Random worlds and command sequences for {@link AccountCommandSequenceTest}, and the shrinking of a failing one
 * to a shorter, plainer sequence that still fails. Everything is drawn from one seeded {@link Random}, so a seed
 * names a case exactly.
 */
final class CommandSequences {

    /** How many accounts a world has: #0, the first admin, and two people who signed up. */
    static final int PEOPLE = 3;
    static final int MAX_STEPS = 40;

    /** How a person who signed up starts: still to confirm the address, or waiting for an admin. */
    record SignUp(boolean confirmationRequired, Role requestedRole) {
        static final SignUp PLAINEST = new SignUp(false, Role.SPONSOR);

        @Override
        public String toString() {
            return (confirmationRequired ? "UNVERIFIED" : "PENDING") + " asking for " + requestedRole;
        }
    }

    /** A world (the sign-ups of #1 and #2; #0 is always the first admin) and the commands sent to it. */
    record Case(List<SignUp> signUps, List<Step> steps) {
    }

    static final String VALID_REASON = "Checked with the team.";
    private static final String MAXIMAL_REASON = "r".repeat(ContractModel.MAX_REASON);
    private static final String TOO_LONG_REASON = "r".repeat(ContractModel.MAX_REASON + 1);
    private static final List<Duration> EXPIRY_TIMES = List.of(Duration.ZERO, Duration.ofHours(47).plusMinutes(59)
            .plusSeconds(59), Duration.ofHours(48), Duration.ofDays(30));

    private CommandSequences() {
    }

    static Case generate(Random random) {
        List<SignUp> signUps = new ArrayList<>();
        for (int i = 1; i < PEOPLE; i++) {
            signUps.add(new SignUp(random.nextBoolean(), random.nextBoolean() ? Role.SPONSOR : Role.EDITOR));
        }
        int length = 1 + random.nextInt(MAX_STEPS);
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            steps.add(step(random));
        }
        return new Case(List.copyOf(signUps), List.copyOf(steps));
    }

    private static Step step(Random random) {
        // Weighted towards the acts that open up states (approve, confirm, grant), so sequences get past PENDING.
        Step.Kind kind = pick(random, new int[]{4, 1, 2, 2, 3, 2, 1, 1, 3, 1}, Step.Kind.values());
        int target = random.nextInt(PEOPLE);
        // An outsider half the time, so that "own account" is a rule sometimes broken, not the usual case.
        int actor = random.nextInt(2) == 0 ? Step.OUTSIDER : random.nextInt(PEOPLE);
        String reason = pick(random, new int[]{10, 2, 1, 1, 1, 1, 1, 1},
                new String[]{VALID_REASON, null, "", "   ", "  padded reason  ", MAXIMAL_REASON,
                        " " + MAXIMAL_REASON + " ", TOO_LONG_REASON});
        Role role = pick(random, new int[]{4, 2, 2, 2, 1}, new Role[]{Role.ADMIN, Role.SPONSOR, Role.EDITOR,
                Role.AUDITOR, null});
        boolean validToken = random.nextInt(4) != 0;
        Duration expiry = EXPIRY_TIMES.get(random.nextInt(EXPIRY_TIMES.size()));
        return new Step(kind, target, actor, reason, role, validToken, expiry);
    }

    private static <T> T pick(Random random, int[] weights, T[] values) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values[i];
            }
        }
        throw new IllegalStateException("weights and values differ in length");
    }

    /**
     * A smaller case that still fails, found greedily: drop runs of steps (halves first, then single steps), then
     * make what is left plainer (an outsider acting, an ordinary reason, plain sign-ups). {@code failure} runs a
     * case and tells why it failed, if it did.
     */
    static Case shrink(Case failing, Function<Case, Optional<String>> failure) {
        Case smallest = failing;
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int width = Math.max(1, smallest.steps().size() / 2); width >= 1 && !progress; width /= 2) {
                for (int from = 0; from + width <= smallest.steps().size(); from++) {
                    List<Step> fewer = new ArrayList<>(smallest.steps().subList(0, from));
                    fewer.addAll(smallest.steps().subList(from + width, smallest.steps().size()));
                    Case candidate = new Case(smallest.signUps(), List.copyOf(fewer));
                    if (!fewer.isEmpty() && failure.apply(candidate).isPresent()) {
                        smallest = candidate;
                        progress = true;
                        break;
                    }
                }
            }
            for (int i = 0; i < smallest.steps().size() && !progress; i++) {
                for (Step plainer : plainer(smallest.steps().get(i))) {
                    List<Step> steps = new ArrayList<>(smallest.steps());
                    steps.set(i, plainer);
                    Case candidate = new Case(smallest.signUps(), List.copyOf(steps));
                    if (failure.apply(candidate).isPresent()) {
                        smallest = candidate;
                        progress = true;
                        break;
                    }
                }
            }
            for (int i = 0; i < smallest.signUps().size() && !progress; i++) {
                if (!smallest.signUps().get(i).equals(SignUp.PLAINEST)) {
                    List<SignUp> signUps = new ArrayList<>(smallest.signUps());
                    signUps.set(i, SignUp.PLAINEST);
                    Case candidate = new Case(List.copyOf(signUps), smallest.steps());
                    if (failure.apply(candidate).isPresent()) {
                        smallest = candidate;
                        progress = true;
                    }
                }
            }
        }
        return smallest;
    }

    private static List<Step> plainer(Step step) {
        List<Step> plainer = new ArrayList<>();
        if (step.actor() != Step.OUTSIDER) {
            plainer.add(new Step(step.kind(), step.target(), Step.OUTSIDER, step.reason(), step.role(),
                    step.validToken(), step.hoursAfterSignUp()));
        }
        if (!VALID_REASON.equals(step.reason())) {
            plainer.add(new Step(step.kind(), step.target(), step.actor(), VALID_REASON, step.role(),
                    step.validToken(), step.hoursAfterSignUp()));
        }
        return plainer;
    }
}
