package io.gatehouse.web.signup;

import io.gatehouse.web.support.validation.AcceptablePassword;
import io.gatehouse.web.support.validation.NewPassword;
import io.gatehouse.web.support.validation.OrganizationName;
import io.gatehouse.web.support.validation.PersonName;
import io.gatehouse.web.support.validation.ValidEmail;

/** What the sign-up form posts. Passwords are never echoed back into the page. */
@AcceptablePassword
class SignupForm implements NewPassword {

    @PersonName
    private String displayName = "";

    @ValidEmail
    private String email = "";

    @OrganizationName
    private String organization = "";

    private String password = "";
    private String confirmPassword = "";

    @Override
    public String passwordField() {
        return "password";
    }

    @Override
    public String password() {
        return password;
    }

    @Override
    public String confirmation() {
        return confirmPassword;
    }

    @Override
    public String ownerEmail() {
        return email;
    }

    @Override
    public String ownerName() {
        return displayName;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName == null ? "" : displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? "" : email;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization == null ? "" : organization;
    }

    public void setPassword(String password) {
        this.password = password == null ? "" : password;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword == null ? "" : confirmPassword;
    }
}
