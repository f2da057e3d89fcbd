package io.gatehouse.web.password;

import jakarta.validation.constraints.NotBlank;

/** {@code /account/password}: the current password, and the new one. */
class ChangePasswordForm extends NewPasswordForm {

    @NotBlank(message = "Enter your current password.")
    private String currentPassword = "";

    ChangePasswordForm(String ownerEmail, String ownerName) {
        super(ownerEmail, ownerName);
    }

    /** For the form's binding and its messages only; the page never shows it. */
    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword == null ? "" : currentPassword;
    }
}
