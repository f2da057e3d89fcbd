/** The account directory: one row per account with its state and roles, read at login and on every request. */
package io.gatehouse.query.account;
