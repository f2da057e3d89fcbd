package io.gatehouse.web.mail;

import java.util.List;

/**
 * One message, rendered and ready to send: as stored in the outbox. {@code kind} names the template
 * (for logs and file names); {@code accountId} is who it concerns, so logs need not show the address.
 * With several recipients ({@code to}), each gets it blind: nobody sees the others' addresses.
 */
record Mail(String kind, String accountId, List<String> to, String subject, String text, String html) {

    @Override
    public String toString() {
        return "Mail[" + kind + " for " + accountId + "]";
    }
}
