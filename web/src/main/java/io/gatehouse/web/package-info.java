/**
 * The web application, organised by feature: {@code signup}, {@code account}, {@code admin},
 * {@code audit}, {@code sponsor}, {@code editor}; with {@code security} (one filter chain per site area),
 * {@code config} (database, Axon) and {@code support} (layout model, error pages) beside them.
 */
package io.gatehouse.web;
