/** Signing in, and the page that tells a person where their account stands. */
package io.gatehouse.web.account;
