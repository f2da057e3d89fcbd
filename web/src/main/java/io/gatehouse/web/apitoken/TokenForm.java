package io.gatehouse.web.apitoken;

import io.gatehouse.account.ApiScope;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /account/tokens}. Only the shape is checked here: that the scopes are scope codes and the expiry a
 * whole number of days. Whether the name, the scopes and the expiry are acceptable is the command's rule, so the
 * page and the aggregate cannot come to disagree.
 */
class TokenForm {

    static final String CHOOSE_EXPIRY = "Choose how long the token lasts.";

    private String name = "";

    @ScopeCodes
    private List<String> scopes = new ArrayList<>();

    @NotBlank(message = CHOOSE_EXPIRY)
    @Pattern(regexp = "\\d{1,5}", message = CHOOSE_EXPIRY)
    private String expiresInDays;

    /** What the page offers before anything was chosen. */
    static TokenForm fresh() {
        TokenForm form = new TokenForm();
        form.expiresInDays = String.valueOf(ExpiryChoice.DEFAULT_DAYS);
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

    public List<String> getScopes() {
        return new ArrayList<>(scopes);
    }

    public void setScopes(List<String> scopes) {
        this.scopes = scopes == null ? new ArrayList<>() : new ArrayList<>(scopes);
    }

    public String getExpiresInDays() {
        return expiresInDays;
    }

    public void setExpiresInDays(String expiresInDays) {
        this.expiresInDays = expiresInDays == null ? null : expiresInDays.strip();
    }

    /** The scopes chosen; only called once the codes were found valid. */
    Set<ApiScope> chosenScopes() {
        Set<ApiScope> chosen = EnumSet.noneOf(ApiScope.class);
        scopes.stream().map(ApiScope::ofCode).flatMap(Optional::stream).forEach(chosen::add);
        return chosen;
    }

    /** When a token made at {@code issuedAt} runs out; only called once the days were found to be a number. */
    Instant expiresAt(Instant issuedAt) {
        return issuedAt.plus(Duration.ofDays(Long.parseLong(expiresInDays)));
    }
}
