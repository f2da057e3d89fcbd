package io.gatehouse.web.support;

import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.account.AccountView;
import org.springframework.stereotype.Component;

/** The signed-in account as the directory has it now; for pages the security chains keep to signed-in people. */
@Component
public class CurrentAccount {

    private final AccountDirectory directory;

    CurrentAccount(AccountDirectory directory) {
        this.directory = directory;
    }

    public AccountView get() {
        return directory.findAccount(Web.requireCurrentAccount().accountId())
                .orElseThrow(() -> new NotFoundException("No such account"));
    }
}
