/**
 * The record's tamper evidence, shared by the app and the offline verifier: the canonical hash of a stored
 * event row ({@link io.gatehouse.verifier.Chain}), the links that chain those hashes in the store's global
 * order, the Ed25519-signed checkpoints, the export bundle's format, and {@link io.gatehouse.verifier.Main},
 * the command-line program an auditor runs on a bundle. Plain Java and jackson-core only, so the rule a bundle
 * is checked by is the very code the app sealed it with.
 */
package io.gatehouse.verifier;
