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

    /**
     * Counts one request for this address and purpose: whether it may send mail. Each purpose has its own
     * allowance, so that requests which mail nothing to an active account (a new confirmation link, a
     * sign-up with its address) cannot use up the reset links its owner asks for.
     */
    public boolean admitAddress(Purpose purpose, String typedEmail, HttpServletRequest request) {
        String subject = purpose.name().toLowerCase() + ":" + EmailAddress.normalize(typedEmail);
        boolean admitted = throttle.tryTake(limits.address().key(subject));
        if (!admitted) {
            log.warn("{} request from {} dropped: too many for one address in the last {}", purpose,
                    Web.clientAddress(request), limits.window());
        }
        return admitted;
    }

    /** What the mail is for. */
    public enum Purpose {
        /** A sign-up, or a new link to confirm one. */
        CONFIRMATION,
        /** A link to choose a new password. */
        PASSWORD_RESET
    }

    /** The person-facing words for a refused client. */
    public static String tooManyFromYourNetwork() {
        return "Too many requests came from your network in the last hour. Please try again later.";
    }
}
