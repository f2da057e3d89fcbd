/**
 * The write side. Aggregates decide; nothing here renders a page or reads a projection. Rules that span
 * accounts (unique e-mail, the last active admin, "an active editor") are answered by
 * {@link io.gatehouse.command.account.AccountRegistry}, a lookup this module keeps for itself.
 */
package io.gatehouse.command;
