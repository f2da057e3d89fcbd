package io.gatehouse.web.admin;

import io.gatehouse.account.ExportLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * The account page's form that gives an account export limits of its own. Only the numbers' form is checked here;
 * their ranges and the reason are the command's rules, answered at this form all the same.
 */
class ExportLimitsForm {

    /** Empty passes here, so that a blank field gets only the message that asks for it. */
    private static final String NUMBER = "\\d{0,6}";

    @NotBlank(message = "Enter how many exports a minute.")
    @Pattern(regexp = NUMBER, message = "Enter a whole number of exports a minute.")
    private String perMinute = "";

    @NotBlank(message = "Enter how many exports a day.")
    @Pattern(regexp = NUMBER, message = "Enter a whole number of exports a day.")
    private String perDay = "";

    @NotBlank(message = "Enter how many exports may run at once.")
    @Pattern(regexp = NUMBER, message = "Enter a whole number of exports at once.")
    private String atOnce = "";

    private String reason = "";

    static ExportLimitsForm of(ExportLimits limits) {
        ExportLimitsForm form = new ExportLimitsForm();
        form.setPerMinute(String.valueOf(limits.perMinute()));
        form.setPerDay(String.valueOf(limits.perDay()));
        form.setAtOnce(String.valueOf(limits.atOnce()));
        return form;
    }

    /** Only once the numbers are valid. */
    ExportLimits limits() {
        return new ExportLimits(Integer.parseInt(perMinute), Integer.parseInt(perDay), Integer.parseInt(atOnce));
    }

    public String getPerMinute() {
        return perMinute;
    }

    public void setPerMinute(String perMinute) {
        this.perMinute = perMinute == null ? "" : perMinute.strip();
    }

    public String getPerDay() {
        return perDay;
    }

    public void setPerDay(String perDay) {
        this.perDay = perDay == null ? "" : perDay.strip();
    }

    public String getAtOnce() {
        return atOnce;
    }

    public void setAtOnce(String atOnce) {
        this.atOnce = atOnce == null ? "" : atOnce.strip();
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason == null ? "" : reason;
    }
}
