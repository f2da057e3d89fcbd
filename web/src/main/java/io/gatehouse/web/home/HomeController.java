package io.gatehouse.web.home;

import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.account.AccountView;
import io.gatehouse.web.account.AccountAreas;
import io.gatehouse.web.support.Web;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

import java.util.Optional;

/** The landing page: sign-up for visitors; for a signed-in person, a greeting and the way to their areas. */
@Controller
class HomeController {

    private final AccountDirectory directory;

    HomeController(AccountDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/")
    ModelAndView home() {
        ModelAndView page = new ModelAndView("home");
        Optional<AccountView> account = Web.currentAccount().flatMap(me -> directory.findAccount(me.accountId()));
        account.ifPresent(signedIn -> {
            page.addObject("account", signedIn);
            page.addObject("areas", AccountAreas.of(signedIn));
            page.addObject("hasAreas", !AccountAreas.of(signedIn).isEmpty());
            page.addObject("pageTitle", "Welcome back");
        });
        return page;
    }
}
