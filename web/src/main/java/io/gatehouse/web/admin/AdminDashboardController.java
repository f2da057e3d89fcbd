package io.gatehouse.web.admin;

import io.gatehouse.account.AccountStatus;
import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.web.support.Web;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Map;

@Controller
class AdminDashboardController {

    private final AccountDirectory directory;

    AdminDashboardController(AccountDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/admin")
    String dashboard(Model model) {
        Map<AccountStatus, Long> counts = directory.countByStatus();
        model.addAttribute("counts", counts.entrySet().stream()
                .map(e -> new StatusCount(e.getKey().name(), e.getValue(), "/admin/accounts?status=" + e.getKey()))
                .toList());
        model.addAttribute("pending", directory.findOldestPending().stream().map(AccountRow::of).toList());
        return "admin/dashboard";
    }

    record StatusCount(String status, long count, String url) {
    }
}
