package io.gatehouse.web.admin;

import io.gatehouse.account.AccountStatus;
import io.gatehouse.personal.Erased;
import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.account.AccountView;
import io.gatehouse.query.account.ExportLimitOverride;
import io.gatehouse.web.export.ExportUsage;
import io.gatehouse.web.support.Moment;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Map;
import java.util.UUID;

/**
 * The account page's "Export limits": what applies, whether an admin set it (who, when, why), today's exports,
 * and the forms to set and clear the account's own limits. Added to every rendering of the page (its own, and each
 * act's refusal) after the handler, unless the handler gave it already: the export forms' own answers, with what
 * was typed kept and the messages at their fields.
 */
@Configuration(proxyBeanMethods = false)
class ExportLimitsSection implements WebMvcConfigurer {

    static final String ATTRIBUTE = "exports";

    private final AccountDirectory directory;
    private final ExportUsage usage;

    ExportLimitsSection(AccountDirectory directory, ExportUsage usage) {
        this.directory = directory;
        this.usage = usage;
    }

    /** What the section shows; {@code form} is what the set form holds, {@code clearReason} the clear form. */
    record Section(String limits, boolean setByAdmin, String reason, String changedBy, Moment changedAt,
                   long today, long thisMinute, boolean canSet, ExportLimitsForm form, String clearReason,
                   Map<String, String> errors) {
    }

    Section of(AccountView account, ExportLimitsForm typed, String clearReason, Map<String, String> errors) {
        ExportUsage.Usage now = usage.of(account);
        ExportLimitOverride override = now.override().orElse(null);
        AccountStatus state = account.getStatus();
        return new Section(now.limits().toString(), override != null, override == null ? null : override.reason(),
                override == null ? null : nameOf(override.changedBy()),
                override == null ? null : Moment.of(override.changedAt()), now.today(), now.thisMinute(),
                state == AccountStatus.ACTIVE || state == AccountStatus.SUSPENDED,
                typed != null ? typed : ExportLimitsForm.of(now.limits()), clearReason == null ? "" : clearReason,
                errors);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                                   ModelAndView view) {
                if (view != null && "admin/account".equals(view.getViewName())
                        && !view.getModel().containsKey(ATTRIBUTE)
                        && view.getModel().get("account") instanceof AccountRow row) {
                    directory.findAccount(UUID.fromString(row.id()))
                            .ifPresent(account -> view.addObject(ATTRIBUTE, of(account, null, null, Map.of())));
                }
            }
        }).addPathPatterns("/admin/accounts/*", "/admin/accounts/*/**");
    }

    private String nameOf(String actorId) {
        try {
            return directory.findAccount(UUID.fromString(actorId))
                    .map(a -> a.isErased() ? Erased.LABEL : a.getDisplayName()).orElse(actorId);
        } catch (IllegalArgumentException notAnAccount) {
            return actorId;
        }
    }
}
