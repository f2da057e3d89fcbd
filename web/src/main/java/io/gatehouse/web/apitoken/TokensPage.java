package io.gatehouse.web.apitoken;

import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.ApiScope;
import io.gatehouse.command.account.ApiTokenStore;
import io.gatehouse.query.account.AccountView;
import io.gatehouse.web.config.BaseUrl;
import io.gatehouse.web.support.CurrentAccount;
import io.gatehouse.web.support.Plural;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The page {@code account/tokens}: the account's tokens, and the form to make one or why there is none. The scopes
 * offered are those the roles allow now; the list is there in every state, so that tokens can always be revoked.
 */
@Component
class TokensPage {

    private final CurrentAccount currentAccount;
    private final ApiTokenStore tokens;
    private final BaseUrl baseUrl;
    private final Clock clock;

    TokensPage(CurrentAccount currentAccount, ApiTokenStore tokens, BaseUrl baseUrl, Clock clock) {
        this.currentAccount = currentAccount;
        this.tokens = tokens;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    /** The page; {@code problem} is a message for the top of it, or null. */
    ModelAndView render(TokenForm form, Map<String, String> errors, String problem, HttpStatus status) {
        AccountView account = currentAccount.get();
        Instant now = clock.instant();
        List<TokenRow> rows = tokens.of(account.getAccountId()).stream().map(token -> TokenRow.of(token, now)).toList();
        Set<ApiScope> allowed = account.isActive() ? ApiScope.allowedBy(account.getRoles()) : Set.of();
        String cannotCreate = whyNoForm(account, allowed);
        ModelAndView page = new ModelAndView("account/tokens");
        page.setStatus(status);
        page.addObject("tokens", rows);
        page.addObject("hasTokens", !rows.isEmpty());
        page.addObject("count", Plural.of(rows.size(), "token", "tokens"));
        page.addObject("canCreate", cannotCreate == null);
        page.addObject("cannotCreate", cannotCreate);
        page.addObject("form", form);
        page.addObject("scopeChoices", ScopeChoice.of(allowed, form.getScopes()));
        page.addObject("expiryChoices", ExpiryChoice.offered(form.getExpiresInDays()));
        page.addObject("errors", errors);
        page.addObject("hasErrors", !errors.isEmpty());
        page.addObject("problem", problem);
        page.addObject("baseUrl", baseUrl.value());
        return page;
    }

    /** Why the page shows no form, in the person's words; null when it shows one. */
    private static String whyNoForm(AccountView account, Set<ApiScope> allowed) {
        if (account.getStatus() != AccountStatus.ACTIVE) {
            return "Your account is " + account.getStatus().name().toLowerCase(Locale.ROOT)
                    + ", and only an active account can make API tokens; while it is not active, the API refuses the"
                    + " ones it has. You can still revoke the tokens listed here.";
        }
        if (allowed.isEmpty()) {
            return "None of your roles lets a token do anything, so there is no token to make. "
                    + "An admin can grant you a role.";
        }
        return null;
    }
}
