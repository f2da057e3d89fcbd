package io.gatehouse.web.record;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * @param signingKey         the record's Ed25519 private key as base64 of its 32-byte seed; unset: read from (or
 *                           on first start generated into) {@code record-signing-ed25519.key} in the keys directory
 * @param previousPublicKeys public keys (base64) of earlier signing keys, so checkpoints signed before a key
 *                           change still verify
 * @param sealInterval       how often the sealer looks for new events; zero or negative: never on its own
 * @param checkpointEvery    a signed checkpoint after this many sealed events
 * @param checkpointInterval and at least this often while events are being sealed
 * @param batchSize          events sealed per transaction
 */
@ConfigurationProperties("gatehouse.record")
record RecordSettings(String signingKey,
                      @DefaultValue List<String> previousPublicKeys,
                      @DefaultValue("1s") Duration sealInterval,
                      @DefaultValue("1000") int checkpointEvery,
                      @DefaultValue("60s") Duration checkpointInterval,
                      @DefaultValue("2000") int batchSize) {
}
