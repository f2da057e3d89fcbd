package io.gatehouse.web.signup;

import io.gatehouse.account.Actors;
import io.gatehouse.command.account.AccountRegistrationHandler;
import io.gatehouse.command.account.PasswordPolicy;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the sign-up form posts. Passwords are never echoed back into the page. */
class SignupForm {

    private static final int MAX_NAME = AccountRegistrationHandler.MAX_NAME;
    private static final int MAX_ORGANIZATION = AccountRegistrationHandler.MAX_ORGANIZATION;

    private String displayName = "";
    private String email = "";
    private String organization = "";
    private String password = "";
    private String confirmPassword = "";

    /** One message per field that is wrong, in the order the form shows them. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (displayName.isBlank()) {
            problems.put("displayName", "Enter your name.");
        } else if (displayName.strip().length() > MAX_NAME) {
            problems.put("displayName", "Use at most " + MAX_NAME + " characters.");
        }
        String trimmedEmail = Actors.normalizeEmail(email);
        if (trimmedEmail.isEmpty()) {
            problems.put("email", "Enter your e-mail address.");
        } else if (!AccountRegistrationHandler.isAcceptableEmail(trimmedEmail)) {
            problems.put("email", "Enter a valid e-mail address, such as name@example.org.");
        }
        if (organization.strip().length() > MAX_ORGANIZATION) {
            problems.put("organization", "Use at most " + MAX_ORGANIZATION + " characters.");
        }
        PasswordPolicy.problem(password, trimmedEmail).ifPresent(problem -> problems.put("password", problem));
        if (!problems.containsKey("password") && !password.equals(confirmPassword)) {
            problems.put("confirmPassword", "The two passwords do not match.");
        }
        return problems;
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

    String password() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password == null ? "" : password;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword == null ? "" : confirmPassword;
    }
}
