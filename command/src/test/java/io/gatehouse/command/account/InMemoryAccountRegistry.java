package io.gatehouse.command.account;

import io.gatehouse.account.Actors;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** An {@link AccountRegistry} for fixture tests: whatever the test says exists, exists. */
public class InMemoryAccountRegistry implements AccountRegistry {

    private final Set<String> emails = new HashSet<>();
    private final Set<UUID> activeEditors = new HashSet<>();
    private final Set<UUID> activeAdmins = new HashSet<>();
    private int adminRuleConsultations;

    /** Records the address as taken; it is normalized the way the write side normalizes it. */
    public InMemoryAccountRegistry withEmail(String email) {
        emails.add(Actors.normalizeEmail(email));
        return this;
    }

    public InMemoryAccountRegistry withActiveEditor(UUID accountId) {
        activeEditors.add(accountId);
        return this;
    }

    public InMemoryAccountRegistry withActiveAdmin(UUID accountId) {
        activeAdmins.add(accountId);
        return this;
    }

    /** How many times {@link #anotherActiveAdminExists(UUID)} was asked. */
    public int adminRuleConsultations() {
        return adminRuleConsultations;
    }

    @Override
    public boolean isEmailTaken(String normalizedEmail) {
        return emails.contains(normalizedEmail);
    }

    @Override
    public boolean isActiveEditor(UUID accountId) {
        return accountId != null && activeEditors.contains(accountId);
    }

    @Override
    public boolean anotherActiveAdminExists(UUID accountId) {
        adminRuleConsultations++;
        return activeAdmins.stream().anyMatch(admin -> !admin.equals(accountId));
    }

    @Override
    public boolean anyActiveAdmin() {
        return !activeAdmins.isEmpty();
    }
}
