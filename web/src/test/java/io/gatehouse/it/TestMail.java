package io.gatehouse.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) that every app started by the tests sends its mail to, and what tests
 * read from it. One per test JVM; tests tell their mail apart by recipient, which is unique per test.
 */
public final class TestMail {

    private static final GreenMail SERVER = start();
    private static final Pattern LINK = Pattern.compile("(https?://\\S+)");

    private TestMail() {
    }

    private static GreenMail start() {
        GreenMail server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    /** The settings that point an app at this server. */
    public static List<String> properties() {
        return List.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + SERVER.getSmtp().getPort());
    }

    public static int port() {
        return SERVER.getSmtp().getPort();
    }

    /** Every message delivered to {@code address} so far, oldest first. */
    public static List<MimeMessage> to(String address) {
        for (int attempt = 0; ; attempt++) {
            try {
                return SERVER.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), message -> true)
                        .toList();
            } catch (java.util.ConcurrentModificationException deliveredMeanwhile) {
                // GreenMail's store does not copy on read: a message arriving mid-read spoils it; read again
                if (attempt == 10) {
                    throw deliveredMeanwhile;
                }
            }
        }
    }

    /** Waits (up to 20 s) until {@code address} has received a message whose subject contains {@code subject}. */
    public static MimeMessage awaitTo(String address, String subject) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(25))
                .until(() -> to(address).stream().filter(m -> subject(m).contains(subject)).reduce((a, b) -> b),
                        found -> found.isPresent())
                .orElseThrow();
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part. */
    public static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    public static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    /** The first link in the text part that contains {@code path}. */
    public static String link(MimeMessage message, String path) {
        Matcher matcher = LINK.matcher(text(message));
        while (matcher.find()) {
            if (matcher.group(1).contains(path)) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("No link to " + path + " in:\n" + text(message));
    }

    private static String part(MimeMessage message, String type) {
        try {
            String found = find(message.getContent(), type);
            if (found == null) {
                throw new AssertionError("No " + type + " part in " + subject(message));
            }
            return found;
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String find(Object content, String type) throws IOException, jakarta.mail.MessagingException {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return (String) part.getContent();
                }
                String nested = find(part.getContent(), type);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
