package io.gatehouse.web.support.validation;

/** A form with one e-mail address: ask for a new confirmation link, or for a password reset link. */
public class AddressForm {

    @ValidEmail
    private String email = "";

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? "" : email;
    }
}
