/**
 * Sign-in activity: who signed in and out, which attempts failed and why, which sessions were ended.
 * These events belong to no aggregate (an attacker's thousand guesses must not lengthen the account's
 * own stream, which every command replays); they are stored in the event store all the same, and
 * never carry what was typed as a password, a code, or an unknown address.
 */
package io.gatehouse.signin;
