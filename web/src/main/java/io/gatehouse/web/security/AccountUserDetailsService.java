package io.gatehouse.web.security;

import io.gatehouse.command.account.CredentialStore;
import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.account.AccountView;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;

/**
 * Looks an account up by e-mail for the sign-in forms. Every account can sign in, whatever its state:
 * a pending, rejected or suspended person lands on their status page, never on the platform.
 */
@Component
class AccountUserDetailsService implements UserDetailsService {

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
        String hash = credentials.passwordHash(account.getAccountId())
                .orElseThrow(() -> new UsernameNotFoundException("No credential"));
        return new AccountUser(account, hash);
    }

    /** Carries the hash only as far as the password check, then drops it. */
    static final class AccountUser implements UserDetails, CredentialsContainer {
        private final transient AccountView account;
        private String passwordHash;

        AccountUser(AccountView account, String passwordHash) {
            this.account = account;
            this.passwordHash = passwordHash;
        }

        AccountView account() {
            return account;
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
