package io.gatehouse.command.account;

/** What a single-use token sent by mail lets its holder do. */
public enum TokenPurpose {
    CONFIRM_EMAIL,
    RESET_PASSWORD
}
