package io.gatehouse.account;

/** What an account may do once it is active. */
public enum Role {
    SPONSOR, EDITOR, ADMIN, AUDITOR;

    /** The roles a person may ask for when signing up; the others are only ever granted. */
    public boolean isSelfService() {
        return this == SPONSOR || this == EDITOR;
    }
}
