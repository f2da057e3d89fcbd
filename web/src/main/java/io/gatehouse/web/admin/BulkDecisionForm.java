package io.gatehouse.web.admin;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code POST /admin/accounts/bulk}: the ticked requests, one decision and one reason for all of them. Whether
 * the reason is needed and how long it may be is the commands' rule (Reasons), checked once before any is sent.
 */
public class BulkDecisionForm {

    static final int MAX_IDS = 100;

    @NotEmpty(message = "Select at least one request.")
    @Size(max = MAX_IDS, message = "Select at most " + MAX_IDS + " requests at a time.")
    private List<String> ids = new ArrayList<>();

    @Pattern(regexp = "approve|reject", message = "Choose approve or reject.")
    private String decision = "";

    private String reason = "";

    static BulkDecisionForm empty() {
        return new BulkDecisionForm();
    }

    /** A copy: binding only ever sets the whole list (see the controller's allowed fields), never one slot. */
    public List<String> getIds() {
        return new ArrayList<>(ids);
    }

    /** Empty boxes are no choice at all: they are dropped, not sent as accounts. */
    public void setIds(List<String> ids) {
        this.ids = ids == null ? new ArrayList<>()
                : ids.stream().filter(id -> id != null && !id.isBlank()).map(String::strip)
                        .collect(Collectors.toCollection(ArrayList::new));
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision == null ? "" : decision.strip();
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason == null ? "" : reason;
    }

    boolean rejects() {
        return "reject".equals(decision);
    }
}
