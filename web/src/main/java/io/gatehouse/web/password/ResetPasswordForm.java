package io.gatehouse.web.password;

import io.gatehouse.web.support.validation.AcceptablePassword;
import io.gatehouse.web.support.validation.NewPassword;

/** {@code /password/reset}: the token from the mail and the new password, for the account the token is for. */
@AcceptablePassword
class ResetPasswordForm implements NewPassword {

    private final String ownerEmail;
    private final String ownerName;
    private String token = "";
    private String newPassword = "";
    private String confirmPassword = "";

    ResetPasswordForm(String ownerEmail, String ownerName) {
        this.ownerEmail = ownerEmail;
        this.ownerName = ownerName;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token == null ? "" : token;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword == null ? "" : newPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword == null ? "" : confirmPassword;
    }

    @Override
    public String passwordField() {
        return "newPassword";
    }

    @Override
    public String password() {
        return newPassword;
    }

    @Override
    public String confirmation() {
        return confirmPassword;
    }

    @Override
    public String ownerEmail() {
        return ownerEmail;
    }

    @Override
    public String ownerName() {
        return ownerName;
    }
}
