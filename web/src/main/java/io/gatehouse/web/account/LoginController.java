package io.gatehouse.web.account;

import io.gatehouse.web.support.Web;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page for sponsors, editors and auditors. Spring Security handles the POST. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                 @RequestParam(required = false) String confirmed, @RequestParam(required = false) String reset,
                 Model model) {
        if (Web.currentAccount().isPresent()) {
            return "redirect:/account/status";
        }
        // One message for every failure: wrong password, unknown e-mail, anything else. It tells an attacker nothing.
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", logout != null);
        model.addAttribute("confirmed", confirmed != null);
        model.addAttribute("reset", reset != null);
        return "account/login";
    }
}
