/** Signing up for a role: the form, its checks, and the PENDING account it opens. */
package io.gatehouse.web.signup;
