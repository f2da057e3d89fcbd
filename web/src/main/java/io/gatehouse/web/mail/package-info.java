/**
 * Mail: what is sent for which act ({@link io.gatehouse.web.mail.MailPolicy}), its words (Mustache
 * templates under {@code templates/mail}, plain text and HTML), and its delivery through the outbox, over
 * SMTP when {@code spring.mail.host} is set and otherwise as {@code .eml} files under the data directory.
 */
package io.gatehouse.web.mail;
