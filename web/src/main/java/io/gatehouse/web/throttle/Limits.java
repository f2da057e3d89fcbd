package io.gatehouse.web.throttle;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

import java.time.Duration;

/**
 * Every allowance, as configured. A change applies to buckets that already exist, at their next use
 * (their tokens scaled to the new size).
 *
 * @param signIn failed sign-ins: per e-mail address from browsers that never signed in to that account
 *               (strangers), per browser that did (its owner's allowance of its own), per client address, and
 *               second-factor codes per account
 * @param mail   forms that send mail (sign-up, a new confirmation link, a forgotten password): per client
 *               address, and per e-mail address so that nobody can flood someone's inbox
 */
@ConfigurationProperties("gatehouse")
public record Limits(@Name("sign-in-throttle") @DefaultValue SignIn signIn,
                     @Name("mail-throttle") @DefaultValue Mail mail) {

    public record SignIn(@DefaultValue("10") int perAccount, @DefaultValue("10") int perDevice,
                         @DefaultValue("100") int perClient, @DefaultValue("10") int secondFactorPerAccount,
                         @DefaultValue("15m") Duration window) {

        public Allowance strangers() {
            return new Allowance("account", perAccount, window);
        }

        public Allowance knownBrowser() {
            return new Allowance("device", perDevice, window);
        }

        public Allowance client() {
            return new Allowance("client", perClient, window);
        }

        public Allowance secondFactor() {
            return new Allowance("code", secondFactorPerAccount, window);
        }

        public Allowance secondFactorKnownBrowser() {
            return new Allowance("code-device", secondFactorPerAccount, window);
        }
    }

    public record Mail(@DefaultValue("20") int perClient, @DefaultValue("3") int perAddress,
                       @DefaultValue("1h") Duration window) {

        public Allowance client() {
            return new Allowance("mail-client", perClient, window);
        }

        public Allowance address() {
            return new Allowance("mail-address", perAddress, window);
        }
    }
}
