package io.gatehouse.web.support.validation;

/** A form where someone chooses a password, and whose it will be. */
public interface NewPassword {

    /** The field the password is typed into, for the message. */
    String passwordField();

    String password();

    String confirmation();

    /** The owner's address and name: a password built from them is easy to guess. */
    String ownerEmail();

    String ownerName();
}
