package io.gatehouse.account;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an API token may be used for. Each scope is allowed by some roles only: a token never reaches
 * further than its account's roles reach at the time of each request ({@link #allowedBy}).
 * The codes are stored in events and shown to people; never rename one.
 */
public enum ApiScope {
    DOCUMENTS_READ("documents:read", Role.SPONSOR, Role.EDITOR),
    DOCUMENTS_WRITE("documents:write", Role.SPONSOR, Role.EDITOR),
    ACCOUNTS_READ("accounts:read", Role.ADMIN),
    ACCOUNTS_WRITE("accounts:write", Role.ADMIN),
    AUDIT_READ("audit:read", Role.AUDITOR, Role.ADMIN);

    private final String code;
    private final Set<Role> roles;

    ApiScope(String code, Role first, Role... more) {
        this.code = code;
        this.roles = EnumSet.of(first, more);
    }

    public String code() {
        return code;
    }

    /** Whether an account holding {@code held} may use this scope. */
    public boolean allowedFor(Collection<Role> held) {
        return held.stream().anyMatch(roles::contains);
    }

    /** The scopes an account holding these roles may use; none for no role. */
    public static Set<ApiScope> allowedBy(Collection<Role> held) {
        Set<ApiScope> allowed = EnumSet.noneOf(ApiScope.class);
        for (ApiScope scope : values()) {
            if (scope.allowedFor(held)) {
                allowed.add(scope);
            }
        }
        return allowed;
    }

    public static Optional<ApiScope> ofCode(String code) {
        return Arrays.stream(values()).filter(scope -> scope.code.equals(code)).findFirst();
    }

    /** The codes, in the enum's order: how a set of scopes is stored. */
    public static List<String> codes(Collection<ApiScope> scopes) {
        return Arrays.stream(values()).filter(scopes::contains).map(ApiScope::code).toList();
    }
}
