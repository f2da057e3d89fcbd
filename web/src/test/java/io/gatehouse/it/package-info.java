/**
 * What the integration tests share: a real application on a random port over an embedded PostgreSQL,
 * and a small browser that speaks HTTP to it (cookies, CSRF tokens, no redirects followed).
 */
package io.gatehouse.it;
