package io.gatehouse.web.mail;

import io.gatehouse.web.config.GatehouseProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail written as files (no SMTP server set) is made with one mail session and MIME type map for the app's life.
 * New ones read their provider lists and mime.types from every jar on the classpath: per mail, that was about a
 * quarter of the CPU an admin's suspension or reinstatement cost, the way an app with no mail server runs.
 */
class MailFilesTest {

    @TempDir
    Path dataDir;

    @Test
    void mailAfterTheFirstIsWrittenWithoutReadingTheClasspathForAMailSessionAgain() throws Exception {
        MailDelivery delivery = new MailDelivery(new DefaultListableBeanFactory().getBeanProvider(JavaMailSender.class),
                JsonMapper.builder().build(), new MailSettings("Gatehouse <gatehouse@localhost>"),
                new GatehouseProperties(dataDir, new GatehouseProperties.EmbeddedDatabase(false, false),
                        new GatehouseProperties.Admin("admin@gatehouse.local", null), null));
        String payload = JsonMapper.builder().build().writeValueAsString(new Mail("suspended", "an-account",
                List.of("person@example.org"), "Your account was suspended", "Text part", "<p>HTML part</p>"));
        delivery.handle(payload);

        CountingClassLoader counting = new CountingClassLoader(Thread.currentThread().getContextClassLoader());
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(counting);
        try {
            delivery.handle(payload);
            delivery.handle(payload);
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }

        assertThat(counting.looked).as("classpath resources read for a new mail session or MIME type map").isEmpty();
        try (Stream<Path> files = Files.list(dataDir.resolve("mail"))) {
            List<Path> written = files.filter(f -> f.toString().endsWith(".eml")).sorted().toList();
            assertThat(written).hasSize(3);
            assertThat(Files.readString(written.get(2))).contains("To: person@example.org")
                    .contains("Subject: Your account was suspended").contains("Text part").contains("HTML part");
        }
    }

    /**
     * Notes each lookup of what a new jakarta.mail session reads (its provider lists and address map) and what a
     * new MIME type map reads (the mime.types files), whatever the jar or the API generation names them.
     */
    private static final class CountingClassLoader extends ClassLoader {
        final List<String> looked = Collections.synchronizedList(new ArrayList<>());

        CountingClassLoader(ClassLoader parent) {
            super(parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            note(name);
            return super.getResources(name);
        }

        @Override
        public URL getResource(String name) {
            note(name);
            return super.getResource(name);
        }

        private void note(String name) {
            if (name.endsWith(".providers") || name.endsWith("address.map") || name.endsWith("mime.types")) {
                looked.add(name);
            }
        }
    }
}
