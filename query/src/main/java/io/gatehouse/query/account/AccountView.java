package io.gatehouse.query.account;

import io.gatehouse.account.AccountEvent;
import io.gatehouse.account.AccountRegistered;
import io.gatehouse.account.AccountState;
import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** An account as the pages and the security check see it. */
@Entity
@Table(name = "account_view")
public class AccountView {

    @Id
    @Column(name = "account_id")
    private UUID accountId;

    /** Null once erased, like the name and the organization. */
    @Column(name = "email")
    private String email;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "organization")
    private String organization;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_role", nullable = false)
    private Role requestedRole;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AccountStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_view_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "second_factor", nullable = false)
    private boolean secondFactorEnrolled;

    protected AccountView() {
    }

    AccountView(AccountRegistered event, Instant registeredAt) {
        AccountState state = AccountState.none().after(event);
        this.accountId = event.accountId();
        this.email = event.email();
        this.displayName = event.displayName();
        this.organization = event.organization();
        this.requestedRole = event.requestedRole();
        this.status = state.status();
        this.registeredAt = registeredAt;
        this.statusChangedAt = registeredAt;
    }

    /** Steps through the one fold of the account's states; a change of status is stamped with {@code at}. */
    void apply(AccountEvent event, Instant at) {
        AccountState next = new AccountState(email, displayName, organization, status, requestedRole, roles,
                statusReason, secondFactorEnrolled).after(event);
        if (next.status() != status) {
            statusChangedAt = at;
        }
        status = next.status();
        displayName = next.displayName();
        organization = next.organization();
        statusReason = next.statusReason();
        secondFactorEnrolled = next.secondFactorEnrolled();
        roles.clear();
        roles.addAll(next.roles());
        if (status == AccountStatus.ERASED) {
            email = null;
            displayName = null;
            organization = null;
        }
    }

    public boolean isErased() {
        return status == AccountStatus.ERASED;
    }

    public UUID getAccountId() {
        return accountId;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getOrganization() {
        return organization;
    }

    public Role getRequestedRole() {
        return requestedRole;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    /** Sorted, so that pages and comparisons list roles in one order. */
    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(new TreeSet<>(roles));
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public boolean isSecondFactorEnrolled() {
        return secondFactorEnrolled;
    }

    /**
     * Whether signing in takes a code as well as the password: for everyone who set up an authenticator,
     * and for every holder of ADMIN or AUDITOR, who must set one up before they get anywhere.
     */
    public boolean needsSecondFactor() {
        return secondFactorEnrolled || roles.contains(Role.ADMIN) || roles.contains(Role.AUDITOR);
    }
}
