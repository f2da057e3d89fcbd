/**
 * Signing in: the two password forms (the platform's and the admin area's), the throttle in front of them,
 * device cookies that keep an owner's allowance apart from strangers', the second step with a code, and
 * the record of it all ({@code SignedIn}, {@code SignInFailed}, {@code SignedOut}).
 */
package io.gatehouse.web.signin;
