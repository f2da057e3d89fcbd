package io.gatehouse.web.account;

import io.gatehouse.command.Reasons;
import jakarta.validation.constraints.Size;

/** {@code POST /account/withdraw}: why, if the person wants to say. */
class WithdrawForm {

    @Size(max = Reasons.MAX_LENGTH, message = "Use at most " + Reasons.MAX_LENGTH + " characters.")
    private String reason = "";

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason == null ? "" : reason;
    }
}
