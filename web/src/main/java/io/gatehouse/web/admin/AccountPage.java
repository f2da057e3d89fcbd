package io.gatehouse.web.admin;

import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.Role;
import io.gatehouse.personal.Erased;
import io.gatehouse.query.account.AccountView;
import io.gatehouse.query.audit.AuditEntry;
import io.gatehouse.web.security.AccountPrincipal;
import io.gatehouse.web.support.Moment;
import io.gatehouse.web.support.HistoryRow;
import io.gatehouse.web.support.Web;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

import java.util.Arrays;
import java.util.List;

/** The admin's page for one account: details, history and the acts its state allows. */
final class AccountPage {

    private AccountPage() {
    }

    static ModelAndView render(AccountView account, List<AuditEntry> history, AccountPrincipal admin,
                               String problem, HttpStatus status) {
        boolean self = account.getAccountId().equals(admin.accountId());
        AccountStatus state = account.getStatus();
        boolean rolesChangeable = state == AccountStatus.ACTIVE || state == AccountStatus.SUSPENDED;
        ModelAndView page = new ModelAndView("admin/account");
        page.setStatus(status);
        page.addObject("account", AccountRow.of(account));
        page.addObject("pageTitle", "Account: " + Erased.orLabel(account.getDisplayName()));
        page.addObject("statusReason", account.getStatusReason());
        page.addObject("since", Moment.of(account.getStatusChangedAt()));
        page.addObject("self", self);
        page.addObject("problem", problem);
        page.addObject("rejected", state == AccountStatus.REJECTED);
        page.addObject("canApprove", state == AccountStatus.PENDING);
        page.addObject("canReject", state == AccountStatus.PENDING && !self);
        page.addObject("canSuspend", state == AccountStatus.ACTIVE && !self);
        page.addObject("canReinstate", state == AccountStatus.SUSPENDED);
        page.addObject("secondFactor", account.isSecondFactorEnrolled());
        page.addObject("canResetSecondFactor", account.isSecondFactorEnrolled() && !self);
        page.addObject("erased", state == AccountStatus.ERASED);
        page.addObject("canErase", state != AccountStatus.ERASED && !self);
        page.addObject("withdrawn", state == AccountStatus.WITHDRAWN);
        page.addObject("unconfirmed", state == AccountStatus.UNVERIFIED || state == AccountStatus.EXPIRED);
        List<String> grantable = rolesChangeable
                ? Arrays.stream(Role.values()).filter(r -> !account.holds(r)).map(Role::name).toList() : List.of();
        List<String> revocable = rolesChangeable && !self
                ? account.getRoles().stream().map(Role::name).toList() : List.of();
        page.addObject("grantable", grantable);
        page.addObject("hasGrantable", !grantable.isEmpty());
        page.addObject("revocable", revocable);
        page.addObject("hasRevocable", !revocable.isEmpty());
        page.addObject("history", history.stream().map(HistoryRow::of).toList());
        page.addObject("auditUrl", "/audit/accounts/" + account.getAccountId());
        return page;
    }
}
