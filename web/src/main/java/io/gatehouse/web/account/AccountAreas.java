package io.gatehouse.web.account;

import io.gatehouse.query.account.AccountView;

import java.util.List;

/** Where an account's roles lead: the links its status page and the landing page offer. */
public final class AccountAreas {

    private AccountAreas() {
    }

    /** None until the account is ACTIVE: roles count only then. */
    public static List<Area> of(AccountView account) {
        if (!account.isActive()) {
            return List.of();
        }
        return account.getRoles().stream().map(role -> switch (role) {
            case SPONSOR -> new Area("Sponsor area", "/sponsor/dashboard");
            case EDITOR -> new Area("Editor area", "/editor/dashboard");
            case ADMIN -> new Area("Admin area", "/admin");
            case AUDITOR -> new Area("Audit trail", "/audit");
        }).toList();
    }

    public record Area(String name, String url) {
    }
}
