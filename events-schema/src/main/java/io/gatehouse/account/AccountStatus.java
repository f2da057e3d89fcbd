package io.gatehouse.account;

/** Where an account stands. Only {@link #ACTIVE} accounts reach the platform. */
public enum AccountStatus {
    PENDING, ACTIVE, REJECTED, SUSPENDED
}
