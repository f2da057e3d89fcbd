package io.gatehouse.web.mfa;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A code typed into the second step or the enrolment form. */
class CodeForm {

    @NotBlank(message = "Enter the 6-digit code your authenticator app shows.")
    @Size(max = 40, message = "That is not a code from your authenticator app or a recovery code.")
    private String code;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
