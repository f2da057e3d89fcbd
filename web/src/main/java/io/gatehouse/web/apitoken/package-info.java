/**
 * Personal API tokens: the page where people make, list and revoke them ({@code /account/tokens}), and
 * the token's shape ({@link io.gatehouse.web.apitoken.ApiTokenSecret}). Checking a presented token on
 * each API request is the API's security chain's job (io.gatehouse.web.api).
 */
package io.gatehouse.web.apitoken;
