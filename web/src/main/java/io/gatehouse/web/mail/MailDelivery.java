package io.gatehouse.web.mail;

import io.gatehouse.web.config.GatehouseProperties;
import io.gatehouse.web.outbox.OutboxHandler;
import jakarta.mail.Address;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Sends the mail the outbox holds: over SMTP when {@code spring.mail.host} is set, otherwise as an RFC 5322
 * file under {@code <data dir>/mail/}, named in a log line. Logs name the account, never the address.
 */
@Component
class MailDelivery implements OutboxHandler {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        // Unnamed, jakarta.mail finds its stream provider through the service loader, scanning every jar, for each
        // body part it makes and writes: that was half the CPU of a mail. Named, it is one class look-up.
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final JavaMailSender smtp;
    /**
     * Only makes the messages written as files, never sends: one mail session and one MIME type map for the
     * app's life, as the SMTP sender keeps its own. A new one per mail read the classpath's jars each time.
     */
    private final JavaMailSenderImpl files = new JavaMailSenderImpl();
    private final JsonMapper json;
    private final MailSettings settings;
    private final Path directory;

    MailDelivery(ObjectProvider<JavaMailSender> smtp, JsonMapper json, MailSettings settings,
                 GatehouseProperties properties) {
        this.smtp = smtp.getIfAvailable();
        this.json = json;
        this.settings = settings;
        this.directory = properties.dataDir().toAbsolutePath().resolve("mail");
        if (this.smtp == null) {
            log.info("No SPRING_MAIL_HOST set: mail is written as .eml files to {}", directory);
        }
    }

    @Override
    public String kind() {
        return Mailer.OUTBOX_KIND;
    }

    @Override
    public void handle(String payload) throws Exception {
        Mail mail = json.readValue(payload, Mail.class);
        MimeMessage message = smtp != null ? smtp.createMimeMessage() : files.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_RELATED,
                StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        if (mail.to().size() == 1) {
            helper.setTo(mail.to().get(0));
        } else {
            helper.setBcc(mail.to().toArray(String[]::new));
        }
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        message.saveChanges();
        if (smtp != null) {
            sendOverSmtp(mail, message);
        } else {
            log.info("Mail {} for account {} written to {}", mail.kind(), mail.accountId(), write(mail, message));
        }
    }

    /**
     * Sent to every recipient the server accepts ({@code mail.smtp.sendpartial}): if some of several are
     * refused, the others have it, and trying again would send it to them twice.
     */
    private void sendOverSmtp(Mail mail, MimeMessage message) {
        try {
            smtp.send(message);
            log.info("Mail {} for account {} sent over SMTP", mail.kind(), mail.accountId());
        } catch (MailSendException failed) {
            Address[] delivered = failed.getFailedMessages().values().stream()
                    .filter(SendFailedException.class::isInstance).map(SendFailedException.class::cast)
                    .map(SendFailedException::getValidSentAddresses).filter(sent -> sent != null && sent.length > 0)
                    .findFirst().orElse(null);
            if (delivered == null) {
                throw failed;
            }
            log.error("Mail {} for account {} reached {} of {} recipients; the mail server refused the others",
                    mail.kind(), mail.accountId(), delivered.length, mail.to().size());
        }
    }

    /** Written under a temporary name first, so whoever watches the directory never reads half a message. */
    private Path write(Mail mail, MimeMessage message) throws Exception {
        Files.createDirectories(directory);
        String name = FILE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)) + "-" + mail.kind() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        Path partial = directory.resolve(name + ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            message.writeTo(out);
        }
        return Files.move(partial, directory.resolve(name + ".eml"), StandardCopyOption.ATOMIC_MOVE);
    }
}
