/** Wiring: typed settings, the embedded PostgreSQL, Axon's processors and serializers, the Hibernate dialect. */
package io.gatehouse.web.config;
