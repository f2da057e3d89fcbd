/**
 * Who may see what. One filter chain per site area, each re-reading the account's current state and roles
 * from the account directory on every request ({@link io.gatehouse.web.security.CurrentAccountFilter}),
 * so that a suspension or a revoked role bites on the next request on every node. Sessions live in
 * PostgreSQL (Spring Session JDBC) and are ended when an account is suspended or rejected.
 */
package io.gatehouse.web.security;
