package io.gatehouse.web.password;

import io.gatehouse.web.support.validation.AcceptablePassword;
import io.gatehouse.web.support.validation.NewPassword;

/** A new password typed twice, for an owner known before the form is read (their address and name). */
@AcceptablePassword
abstract class NewPasswordForm implements NewPassword {

    private final String ownerEmail;
    private final String ownerName;
    private String newPassword = "";
    private String confirmPassword = "";

    NewPasswordForm(String ownerEmail, String ownerName) {
        this.ownerEmail = ownerEmail;
        this.ownerName = ownerName;
    }

    /** For the form's binding and its messages only; the page never shows it. */
    public String getNewPassword() {
        return newPassword;
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
