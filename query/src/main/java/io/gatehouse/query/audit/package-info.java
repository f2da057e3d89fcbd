/**
 * The audit trail: one row per recorded event, with who acted, when, why, from where and as part of which act
 * (correlation), built from events alone with the audit's own labels; who held which role when; and the replay
 * of one account's own events up to a past instant.
 */
package io.gatehouse.query.audit;
