package io.gatehouse.web.signin;

import io.gatehouse.command.account.CredentialStore;
import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.web.throttle.Throttle;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Sets up a password form on a filter chain: the throttle in front of the check, the device cookie, the
 * record of every attempt, and where each outcome leads.
 */
@Component
public class SignInForms {

    private final AccountUserDetailsService users;
    private final PasswordEncoder encoder;
    private final AuthenticationEventPublisher events;
    private final Throttle throttle;
    private final Allowances allowances;
    private final AccountDirectory directory;
    private final CredentialStore credentials;
    private final SignIns signIns;
    private final SignInRecorder recorder;
    private final DeviceCookies devices;

    SignInForms(AccountUserDetailsService users, PasswordEncoder encoder, AuthenticationEventPublisher events,
                Throttle throttle, Allowances allowances, AccountDirectory directory, CredentialStore credentials,
                SignIns signIns, SignInRecorder recorder, DeviceCookies devices) {
        this.users = users;
        this.encoder = encoder;
        this.events = events;
        this.throttle = throttle;
        this.allowances = allowances;
        this.directory = directory;
        this.credentials = credentials;
        this.signIns = signIns;
        this.recorder = recorder;
        this.devices = devices;
    }

    /**
     * A form posted to {@code loginPage} that leads to {@code startPage} (or the page asked for). For the admin
     * area's form, {@code activeAdminsOnly}: anyone else is refused exactly like a wrong password.
     */
    public void apply(HttpSecurity http, String loginPage, String startPage, boolean activeAdminsOnly) throws Exception {
        ProviderManager passwords = new ProviderManager(new AccountAuthenticationProvider(users, encoder, activeAdminsOnly));
        passwords.setAuthenticationEventPublisher(events);
        http.authenticationManager(new GuardedAuthenticationManager(passwords, throttle, allowances, directory))
                .formLogin(form -> form.loginPage(loginPage).loginProcessingUrl(loginPage)
                        .authenticationDetailsSource(SignInDetails.source(devices))
                        .successHandler(new SignInSuccessHandler(startPage, directory, credentials, signIns))
                        .failureHandler(new SignInFailureHandler(loginPage + "?error", recorder, devices)));
    }
}
