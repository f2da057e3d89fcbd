package io.gatehouse.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Map;

/**
 * Every page's {@code <title>}, so a person with several tabs (or a screen reader) can tell them apart: a title
 * per view, given after the handler ran unless the handler set a more specific {@code pageTitle} itself. One
 * table here rather than a line in every controller, so a new view without a title is easy to spot.
 */
@Configuration(proxyBeanMethods = false)
class PageTitles implements WebMvcConfigurer {

    static final String ATTRIBUTE = "pageTitle";

    static final Map<String, String> BY_VIEW = Map.ofEntries(
            Map.entry("home", "Welcome"),
            Map.entry("error", "Error"),
            Map.entry("account/login", "Sign in"),
            Map.entry("account/login-mfa", "Second step of signing in"),
            Map.entry("account/mfa", "Set up your authenticator"),
            Map.entry("account/mfa-codes", "Your recovery codes"),
            Map.entry("account/mfa-enrolled", "Second factor"),
            Map.entry("account/password", "Change your password"),
            Map.entry("account/session-ended", "Your session has ended"),
            Map.entry("account/sessions", "Your sessions"),
            Map.entry("account/status", "Your account"),
            Map.entry("account/tokens", "API tokens"),
            Map.entry("admin/account", "Account"),
            Map.entry("admin/accounts", "Accounts"),
            Map.entry("admin/dashboard", "Admin dashboard"),
            Map.entry("admin/exports", "Exports"),
            Map.entry("admin/login", "Admin sign-in"),
            Map.entry("admin/projections", "Projections"),
            Map.entry("audit/account", "Account history"),
            Map.entry("audit/index", "Audit trail"),
            Map.entry("audit/integrity", "Integrity of the record"),
            Map.entry("audit/roles", "Who held a role"),
            Map.entry("editor/dashboard", "Editor dashboard"),
            Map.entry("editor/document", "Edit document"),
            Map.entry("editor/documents", "Documents assigned to you"),
            Map.entry("export/refused", "Export refused"),
            Map.entry("sponsor/dashboard", "Sponsor dashboard"),
            Map.entry("sponsor/document", "Document"),
            Map.entry("sponsor/documents", "Your documents"),
            Map.entry("sponsor/new", "New document"),
            Map.entry("password/forgot", "Forgot your password"),
            Map.entry("password/reset", "Choose a new password"),
            Map.entry("password/reset-invalid", "Reset link not valid"),
            Map.entry("signup/check-inbox", "Check your inbox"),
            Map.entry("signup/confirm", "Confirm your address"),
            Map.entry("signup/confirm-invalid", "Confirmation link not valid"),
            Map.entry("signup/form", "Sign up"));

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                                   ModelAndView view) {
                give(view);
            }
        });
    }

    /** Sets the view's default title unless it has one. */
    static void give(ModelAndView view) {
        if (view == null || view.getViewName() == null || view.getModel().get(ATTRIBUTE) != null) {
            return;
        }
        String title = BY_VIEW.get(view.getViewName());
        if (title != null) {
            view.addObject(ATTRIBUTE, title);
        }
    }
}
