/**
 * The audit area: the whole trail (keyset-paged, filtered, downloadable as CSV), one account's history, an
 * account as it was at a past instant, and who held a role at an instant.
 */
package io.gatehouse.web.audit;
