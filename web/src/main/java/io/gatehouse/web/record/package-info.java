/**
 * Tamper evidence for the event store: the {@link io.gatehouse.web.record.Sealer} chains every committed event
 * (in global order, after commit) and signs checkpoints with the record's Ed25519 key;
 * {@code /audit/integrity} re-checks the whole chain and {@code /audit/export} downloads a signed bundle that
 * the {@code verifier} module's program checks offline. The hash rule itself lives in that module.
 */
package io.gatehouse.web.record;
