/**
 * The application's own secret keys (Tink keysets): one to encrypt secrets at rest (authenticator secrets,
 * the per-person keys of {@code io.gatehouse.web.personal}), one to sign device cookies, one to fingerprint
 * e-mail addresses. Kept as files outside the database, so a copy of the database alone reveals
 * neither; every instance of the app must read the same files.
 */
package io.gatehouse.web.keys;
