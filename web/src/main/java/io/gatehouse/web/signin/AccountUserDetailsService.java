package io.gatehouse.web.signin;

import io.gatehouse.command.account.CredentialStore;
import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.account.AccountView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;

/**
 * Looks an account up by e-mail for the sign-in forms, and stores a password hashed again with the
 * current settings when an older hash (weaker Argon2 parameters, BCrypt) was just accepted.
 */
@Component
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private static final Logger log = LoggerFactory.getLogger(AccountUserDetailsService.class);

    private final AccountDirectory directory;
    private final CredentialStore credentials;

    AccountUserDetailsService(AccountDirectory directory, CredentialStore credentials) {
        this.directory = directory;
        this.credentials = credentials;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        AccountView account = directory.findAccountByEmail(email)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        CredentialStore.Credential credential = credentials.find(account.getAccountId())
                .orElseThrow(() -> new UsernameNotFoundException("No credential"));
        return new AccountUser(account, credential);
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String upgradedHash) {
        AccountUser accountUser = (AccountUser) user;
        if (credentials.upgrade(accountUser.account().getAccountId(), accountUser.getPassword(), upgradedHash)) {
            log.info("Password hash of account {} upgraded to the current settings", accountUser.account().getAccountId());
        }
        return new AccountUser(accountUser.account(), new CredentialStore.Credential(upgradedHash, accountUser.mustChange()));
    }

    /** Carries the hash only as far as the password check, then drops it. */
    static final class AccountUser implements UserDetails, CredentialsContainer {
        private final transient AccountView account;
        private final boolean mustChange;
        private String passwordHash;

        AccountUser(AccountView account, CredentialStore.Credential credential) {
            this.account = account;
            this.passwordHash = credential.passwordHash();
            this.mustChange = credential.mustChange();
        }

        AccountView account() {
            return account;
        }

        boolean mustChange() {
            return mustChange;
        }

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return List.of();
        }

        @Override
        public String getPassword() {
            return passwordHash;
        }

        @Override
        public String getUsername() {
            return account.getEmail();
        }

        @Override
        public void eraseCredentials() {
            passwordHash = null;
        }

        @Override
        public String toString() {
            return "AccountUser[" + account.getAccountId() + "]";
        }
    }
}
