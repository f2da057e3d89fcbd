package io.gatehouse.web.password;

/** {@code /password/reset}: the token from the mail and the new password, for the account the token is for. */
class ResetPasswordForm extends NewPasswordForm {

    private String token = "";

    ResetPasswordForm(String ownerEmail, String ownerName) {
        super(ownerEmail, ownerName);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token == null ? "" : token;
    }
}
