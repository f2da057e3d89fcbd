package io.gatehouse.web.signin;

import io.gatehouse.web.support.Web;
import io.gatehouse.web.throttle.ClientAddresses;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;

import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;

/**
 * Where a sign-in attempt came from: the client address (and the group limits count it in), the browser,
 * and the browser's device cookie if it has a genuine one.
 */
record SignInDetails(String clientAddress, String clientGroup, String browser,
                     DeviceCookies.KnownBrowser knownBrowser) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    Optional<DeviceCookies.KnownBrowser> device() {
        return Optional.ofNullable(knownBrowser);
    }

    static AuthenticationDetailsSource<HttpServletRequest, SignInDetails> source(DeviceCookies devices) {
        return request -> of(request, devices);
    }

    static SignInDetails of(HttpServletRequest request, DeviceCookies devices) {
        String client = Web.clientAddress(request);
        return new SignInDetails(client, ClientAddresses.group(client), Browsers.of(request),
                devices.read(request).orElse(null));
    }
}
