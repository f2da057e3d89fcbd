package io.gatehouse.web.admin;

import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.account.AccountView;
import io.gatehouse.query.audit.AuditTrail;
import io.gatehouse.web.support.NotFoundException;
import io.gatehouse.web.support.Web;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import java.util.UUID;

/** The account directory and one account's page; the acts on it are {@link AccountActsController}'s. */
@Controller
class AdminAccountsController {

    /** A flash mark: the page after an approval or a rejection offers the next pending request. */
    static final String DECIDED = "decided";

    private final AccountDirectory directory;
    private final AuditTrail audit;

    AdminAccountsController(AccountDirectory directory, AuditTrail audit) {
        this.directory = directory;
        this.audit = audit;
    }

    @GetMapping("/admin/accounts")
    ModelAndView accounts(@RequestParam(required = false) String status, @RequestParam(required = false) String q,
                          @RequestParam(defaultValue = "0") int page) {
        return AccountList.render(directory, AccountList.parseStatus(status), q, page);
    }

    @GetMapping("/admin/accounts/{id}")
    ModelAndView account(@PathVariable UUID id, Model model) {
        ModelAndView page = AccountPage.render(find(id), audit.findAccountActs(id), Web.requireCurrentAccount(), null,
                HttpStatus.OK);
        if (Boolean.TRUE.equals(model.getAttribute(DECIDED))) {
            // just approved or rejected from this page: offer the next request in line, the oldest still waiting
            page.addObject("nextPending", NextPending.after(id, directory.findOldestPending(), AccountView::getAccountId)
                    .map(AccountRow::of).orElse(null));
        }
        return page;
    }

    private AccountView find(UUID id) {
        return directory.findAccount(id).orElseThrow(() -> new NotFoundException("No such account"));
    }
}
