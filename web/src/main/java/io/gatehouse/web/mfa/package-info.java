/**
 * The second factor: enrolling an authenticator app ({@code /account/mfa}: a QR code drawn on the server,
 * the key as text, a code to confirm, ten recovery codes shown once), and the code asked for after the
 * password ({@code /login/mfa}), also to step up before admin acts. Codes follow RFC 6238 (30 s, 6 digits,
 * HMAC-SHA1, one step of clock drift either way); each works once. Secrets are stored encrypted.
 */
package io.gatehouse.web.mfa;
