/**
 * The account aggregate and the command-side lookup it consults for rules that span accounts.
 */
package io.gatehouse.command.account;
