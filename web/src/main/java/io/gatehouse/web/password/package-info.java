/**
 * Passwords: changing one's own ({@code /account/password}, also the forced change of the generated
 * first-admin password), and choosing a new one through a link sent by mail ({@code /password/forgot},
 * {@code /password/reset}). A change ends the account's other sessions; a reset ends all of them.
 */
package io.gatehouse.web.password;
