package io.gatehouse.web.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from the sender of every mail ({@code GATEHOUSE_MAIL_FROM})
 */
@ConfigurationProperties("gatehouse.mail")
record MailSettings(@DefaultValue("Gatehouse <gatehouse@localhost>") String from) {
}
