package io.gatehouse.command.account;

/**
 * A keyed hash of an e-mail address (or of its look-alike skeleton). The write side keeps these instead of
 * the addresses, so uniqueness holds without the lookup table being one more copy of everyone's address: an
 * erased person's address is gone from it with their row, and a stolen copy of the table names nobody
 * without the key, which lives outside the database.
 */
@FunctionalInterface
public interface AddressFingerprints {

    String of(String value);
}
