package io.gatehouse.web.signin;

import io.gatehouse.account.EmailAddress;
import io.gatehouse.web.support.Web;
import io.gatehouse.web.throttle.ClientAddresses;
import io.gatehouse.web.throttle.Limits;
import io.gatehouse.web.throttle.ThrottleKey;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Which buckets a guess at an account's password or code draws on: a browser where the account's owner
 * signed in before has its own; anything else shares the account's strangers' allowance and its client's.
 */
@Component
public class Allowances {

    private final Limits.SignIn limits;
    private final DeviceCookies devices;

    Allowances(Limits limits, DeviceCookies devices) {
        this.limits = limits.signIn();
        this.devices = devices;
    }

    /** For a password typed for {@code typedEmail}, which belongs to {@code accountId} (null: to nobody). */
    public List<ThrottleKey> forPassword(String typedEmail, UUID accountId, HttpServletRequest request) {
        return forPassword(typedEmail, accountId, SignInDetails.of(request, devices));
    }

    List<ThrottleKey> forPassword(String typedEmail, UUID accountId, SignInDetails details) {
        return details.device()
                .filter(device -> accountId != null && device.isFor(accountId))
                .map(device -> List.of(limits.knownBrowser().key(device.accountId() + ":" + device.deviceId())))
                .orElseGet(() -> List.of(limits.strangers().key(String.valueOf(EmailAddress.normalize(typedEmail))),
                        limits.client().key(details.clientGroup())));
    }

    /** For a second-factor code typed for {@code accountId}. */
    public List<ThrottleKey> forCode(UUID accountId, HttpServletRequest request) {
        return devices.read(request).filter(device -> device.isFor(accountId))
                .map(device -> List.of(limits.secondFactorKnownBrowser().key(accountId + ":" + device.deviceId())))
                .orElseGet(() -> List.of(limits.secondFactor().key(accountId.toString()),
                        limits.client().key(ClientAddresses.group(Web.clientAddress(request)))));
    }
}
