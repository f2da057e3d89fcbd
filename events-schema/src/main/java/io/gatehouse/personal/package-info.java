/**
 * Personal data in events, encrypted field by field with a key per person, so that destroying one key
 * erases one person from every stored event without changing a byte of the event store (crypto-shredding).
 * Events mark such fields with {@link io.gatehouse.personal.PersonalData}; {@link
 * io.gatehouse.personal.PersonalDataSerializer} seals them on the way into the store and opens them on the
 * way out, through a {@link io.gatehouse.personal.Sealer} that holds the keys.
 */
package io.gatehouse.personal;
