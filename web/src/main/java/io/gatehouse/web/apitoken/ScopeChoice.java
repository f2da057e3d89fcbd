package io.gatehouse.web.apitoken;

import io.gatehouse.account.ApiScope;

import java.util.Collection;
import java.util.List;

/** A checkbox of the form: a scope the account's roles allow now, with what it lets a token do. */
record ScopeChoice(String code, String description, boolean checked) {

    static List<ScopeChoice> of(Collection<ApiScope> allowed, Collection<String> checked) {
        return allowed.stream().sorted()
                .map(scope -> new ScopeChoice(scope.code(), description(scope), checked.contains(scope.code())))
                .toList();
    }

    private static String description(ApiScope scope) {
        return switch (scope) {
            case DOCUMENTS_READ -> "read the documents you sponsor or edit";
            case DOCUMENTS_WRITE -> "create and edit documents";
            case ACCOUNTS_READ -> "list and read accounts";
            case ACCOUNTS_WRITE -> "approve, reject, suspend and reinstate accounts";
            case AUDIT_READ -> "read the audit trail";
        };
    }
}
