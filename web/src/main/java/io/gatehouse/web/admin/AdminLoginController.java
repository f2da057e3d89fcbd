package io.gatehouse.web.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The admin area's own sign-in form; only ACTIVE admins get through it. */
@Controller
class AdminLoginController {

    @GetMapping("/admin/login")
    String login(@RequestParam(required = false) String error, Model model) {
        model.addAttribute("failed", error != null);
        return "admin/login";
    }
}
