package io.gatehouse.web.password;

import io.gatehouse.web.support.validation.AcceptablePassword;
import io.gatehouse.web.support.validation.NewPassword;
import jakarta.validation.constraints.NotBlank;

/** {@code /account/password}. Made with its owner's address and name, which the new password must avoid. */
@AcceptablePassword
class ChangePasswordForm implements NewPassword {

    private final String ownerEmail;
    private final String ownerName;

    @NotBlank(message = "Enter your current password.")
    private String currentPassword = "";
    private String newPassword = "";
    private String confirmPassword = "";

    ChangePasswordForm(String ownerEmail, String ownerName) {
        this.ownerEmail = ownerEmail;
        this.ownerName = ownerName;
    }

    String currentPassword() {
        return currentPassword;
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

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword == null ? "" : currentPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword == null ? "" : newPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword == null ? "" : confirmPassword;
    }
}
