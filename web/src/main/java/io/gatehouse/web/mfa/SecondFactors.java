package io.gatehouse.web.mfa;

import io.gatehouse.command.account.SecondFactorStore;
import io.gatehouse.web.signin.Allowances;
import io.gatehouse.web.throttle.Throttle;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Checks the code an account's owner typed: a TOTP code whose step was not used yet, or an unused recovery
 * code. Throttled like passwords, with a browser where the owner signed in before keeping an allowance
 * of its own.
 */
@Component
class SecondFactors {

    static final String TOTP_PURPOSE = "totp";

    private final SecondFactorStore store;
    private final SecretBox box;
    private final Clock clock;
    private final Throttle throttle;
    private final Allowances allowances;

    SecondFactors(SecondFactorStore store, SecretBox box, Clock clock, Throttle throttle, Allowances allowances) {
        this.store = store;
        this.box = box;
        this.clock = clock;
        this.throttle = throttle;
        this.allowances = allowances;
    }

    /**
     * Whether {@code typed} is a good code for the account, using it up if so. Throws
     * {@link io.gatehouse.web.throttle.ThrottledException} when too many codes failed.
     */
    boolean check(UUID accountId, String typed, HttpServletRequest request) {
        String code = typed == null ? "" : typed.strip();
        try {
            return throttle.guard(allowances.forCode(accountId, request), () -> {
                if (!accepted(accountId, code)) {
                    throw new WrongCode();
                }
                return true;
            });
        } catch (WrongCode wrong) {
            return false;
        }
    }

    int recoveryCodesLeft(UUID accountId) {
        return store.recoveryCodesLeft(accountId);
    }

    private boolean accepted(UUID accountId, String code) {
        if (Totp.looksLikeCode(code)) {
            byte[] secret = box.open(TOTP_PURPOSE, accountId, store.encryptedSecret(accountId).orElseThrow(WrongCode::new));
            OptionalLong step = Totp.matchingStep(secret, code, clock.instant());
            return step.isPresent() && store.useTimeStep(accountId, step.getAsLong());
        }
        return RecoveryCodes.looksLikeCode(code) && store.useRecoveryCode(accountId, RecoveryCodes.hash(code));
    }

    /** A wrong, reused or malformed code: fails the guarded attempt, so it costs a token. */
    private static final class WrongCode extends RuntimeException {
        WrongCode() {
            super(null, null, false, false);
        }
    }
}
