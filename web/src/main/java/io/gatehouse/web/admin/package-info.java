/**
 * The admin area: its own sign-in page, the dashboard, the account directory, and the acts admins
 * perform on accounts. Every act names its actor, reason and client address in the event it records.
 * Also home to the first admin's creation at start-up.
 */
package io.gatehouse.web.admin;
