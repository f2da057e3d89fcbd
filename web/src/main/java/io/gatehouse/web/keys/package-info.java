/**
 * The application's own secret keys (Tink keysets): one to encrypt authenticator secrets at rest, one to
 * sign device cookies. Kept as files outside the database, so a copy of the database alone reveals
 * neither; every instance of the app must read the same files.
 */
package io.gatehouse.web.keys;
