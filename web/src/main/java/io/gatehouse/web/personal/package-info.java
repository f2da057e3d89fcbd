/**
 * Erasure by crypto-shredding: the per-person keys personal data in events is encrypted with (table
 * {@code personal_key}, each keyset itself encrypted with the app's secrets key), their destruction when an
 * account is erased, and the keyed fingerprints the write side keeps instead of e-mail addresses.
 */
package io.gatehouse.web.personal;
