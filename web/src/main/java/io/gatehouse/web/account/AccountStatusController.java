package io.gatehouse.web.account;

import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.Role;
import io.gatehouse.query.account.AccountView;
import io.gatehouse.web.support.CurrentAccount;
import io.gatehouse.web.support.Web;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;

/** Where the signed-in person's account stands, and for an active one, the areas it opens. */
@Controller
class AccountStatusController {

    private final CurrentAccount currentAccount;

    AccountStatusController(CurrentAccount currentAccount) {
        this.currentAccount = currentAccount;
    }

    @GetMapping("/account/status")
    String status(Model model) {
        AccountView account = currentAccount.get();
        model.addAttribute("account", account);
        model.addAttribute("pending", account.getStatus() == AccountStatus.PENDING);
        model.addAttribute("rejected", account.getStatus() == AccountStatus.REJECTED);
        model.addAttribute("suspended", account.getStatus() == AccountStatus.SUSPENDED);
        model.addAttribute("active", account.getStatus() == AccountStatus.ACTIVE);
        model.addAttribute("since", Web.time(account.getStatusChangedAt()));
        model.addAttribute("registeredAt", Web.time(account.getRegisteredAt()));
        model.addAttribute("roles", account.getRoles().stream().map(Role::name).toList());
        model.addAttribute("areas", areas(account));
        model.addAttribute("secondFactor", account.isSecondFactorEnrolled());
        return "account/status";
    }

    private static List<Area> areas(AccountView account) {
        if (!account.isActive()) {
            return List.of();
        }
        return account.getRoles().stream().map(role -> switch (role) {
            case SPONSOR -> new Area("Sponsor area", "/sponsor/dashboard");
            case EDITOR -> new Area("Editor area", "/editor/dashboard");
            case ADMIN -> new Area("Admin area", "/admin");
            case AUDITOR -> new Area("Audit trail", "/audit");
        }).toList();
    }

    record Area(String name, String url) {
    }
}
