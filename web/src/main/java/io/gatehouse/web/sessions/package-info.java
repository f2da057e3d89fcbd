/**
 * An account's sessions: listing and ending them ({@code /account/sessions}), ending all of them when the
 * account is suspended or rejected or its password or second factor is reset, and telling the person
 * whose session was ended why, at their next request, instead of showing a bare sign-in form.
 */
package io.gatehouse.web.sessions;
