/**
 * The JSON API's gate and its common answers: bearer-token authentication on {@code /api/v1/**} (its own
 * security chain, no session, no CSRF), the scopes each request may use, RFC 9457 problem documents for every
 * refusal, and the OpenAPI description. The endpoints themselves live with their features (accounts in admin,
 * the trail in audit, documents in document), marked {@link io.gatehouse.web.api.ApiController}.
 */
package io.gatehouse.web.api;
