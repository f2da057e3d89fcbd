package io.gatehouse.web.mail;

import io.gatehouse.web.config.BaseUrl;
import io.gatehouse.web.outbox.Outbox;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Renders a mail from its templates and puts it in the outbox, in the caller's transaction: it is sent
 * only if what caused it commits, and a restart does not lose it.
 */
@Component
public class Mailer {

    static final String OUTBOX_KIND = "mail";

    private final MailTemplates templates;
    private final Outbox outbox;
    private final BaseUrl baseUrl;

    Mailer(MailTemplates templates, Outbox outbox, BaseUrl baseUrl) {
        this.templates = templates;
        this.outbox = outbox;
        this.baseUrl = baseUrl;
    }

    /**
     * Sends the mail {@code template} to {@code to} about {@code accountId}. The model gets {@code baseUrl}
     * (for links) on top of what the caller gives.
     */
    public void send(String template, UUID accountId, String to, String subject, Map<String, ?> model) {
        send(template, accountId, List.of(to), subject, model);
    }

    /** One message to several people, each of whom gets it blind; {@code accountId} is who it is about. */
    public void send(String template, UUID accountId, List<String> to, String subject, Map<String, ?> model) {
        if (to.isEmpty()) {
            return;
        }
        Map<String, Object> full = new HashMap<>(model);
        full.put("baseUrl", baseUrl.value());
        full.put("subject", subject);
        outbox.add(OUTBOX_KIND, new Mail(template, String.valueOf(accountId), List.copyOf(to), subject,
                templates.text(template, full), templates.html(template, full)));
    }

    /** Drops every unsent mail about the account: once a person is erased, nothing goes out about them. */
    public int forget(UUID accountId) {
        return outbox.discard(OUTBOX_KIND, "accountId", accountId.toString());
    }

    /** A link to {@code path} on this site, as mails must give it: absolute, from {@code GATEHOUSE_BASE_URL}. */
    public String link(String path) {
        return baseUrl.value() + path;
    }
}
