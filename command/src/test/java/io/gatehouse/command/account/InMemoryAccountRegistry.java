package io.gatehouse.command.account;

import io.gatehouse.account.EmailAddress;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** An {@link AccountRegistry} for fixture tests: whatever the test says exists, exists. */
public class InMemoryAccountRegistry implements AccountRegistry {

    private final Map<String, UUID> emails = new HashMap<>();
    private final Set<UUID> activeEditors = new HashSet<>();
    private final Set<UUID> activeAdmins = new HashSet<>();
    private int adminRuleConsultations;

    /** Records the address as taken; it is normalized the way the write side normalizes it. */
    public InMemoryAccountRegistry withEmail(String email) {
        emails.put(EmailAddress.normalize(email), UUID.randomUUID());
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
    public Optional<UUID> findHolder(EmailAddress email) {
        Optional<UUID> exact = Optional.ofNullable(emails.get(email.value()));
        return exact.isPresent() ? exact : emails.entrySet().stream()
                .filter(held -> LookAlikes.passesFor(email, held.getKey())).map(Map.Entry::getValue).findFirst();
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

    @Override
    public List<UUID> findUnconfirmedRegisteredBefore(Instant instant, int limit) {
        return List.of();
    }
}
