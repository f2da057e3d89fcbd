package io.gatehouse.web.throttle;

import io.gatehouse.account.EmailAddress;
import io.gatehouse.web.support.Web;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The limits on forms that send mail (sign-up, a new confirmation link, a password reset link): so many per
 * client address, answered openly (429) since they say nothing about any account; and so many per address,
 * beyond which requests are dropped silently, because the answer must not depend on the address.
 */
@Component
public class MailRequests {

    private static final Logger log = LoggerFactory.getLogger(MailRequests.class);

    private final Throttle throttle;
    private final Limits.Mail limits;

    MailRequests(Throttle throttle, Limits limits) {
        this.throttle = throttle;
        this.limits = limits.mail();
    }

    /** Counts one request from this client; throws {@link ThrottledException} past the client's allowance. */
    public void admitClient(HttpServletRequest request) {
        throttle.take(limits.client().key(ClientAddresses.group(Web.clientAddress(request))));
    }

    /** Counts one request for this address: whether it may send mail. */
    public boolean admitAddress(String typedEmail, HttpServletRequest request) {
        boolean admitted = throttle.tryTake(limits.address().key(String.valueOf(EmailAddress.normalize(typedEmail))));
        if (!admitted) {
            log.warn("Request from {} dropped: too many for one address in the last {}", Web.clientAddress(request),
                    limits.window());
        }
        return admitted;
    }

    /** The person-facing words for a refused client. */
    public static String tooManyFromYourNetwork() {
        return "Too many requests came from your network in the last hour. Please try again later.";
    }
}
