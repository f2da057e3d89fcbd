/**
 * How events are kept in the record, whatever their Java package: each event type's stable stored name
 * ({@link io.gatehouse.record.StoredAs}), the serializer layer that writes and reads those names
 * ({@link io.gatehouse.record.AliasingSerializer}), the first upcaster that renames rows stored under
 * class names ({@link io.gatehouse.record.LegacyTypeNameUpcaster}), what every event says about who acted,
 * why and from where ({@link io.gatehouse.record.Provenance}), and which act an event descends from
 * ({@link io.gatehouse.record.Correlation}). Plain Java and Axon's serializer API; no Spring.
 */
package io.gatehouse.record;
