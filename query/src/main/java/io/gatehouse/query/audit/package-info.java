/**
 * The audit trail: one row per recorded event, with who acted, when, why and from where; and the
 * replay of one account's own events up to a past instant.
 */
package io.gatehouse.query.audit;
