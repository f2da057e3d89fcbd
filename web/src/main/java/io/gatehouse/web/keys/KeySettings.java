package io.gatehouse.web.keys;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * @param dir where the keysets live ({@code GATEHOUSE_KEYS_DIR}); unset: {@code <GATEHOUSE_DATA_DIR>/keys}.
 *            Created with new keys on first start. Several instances must share it.
 */
@ConfigurationProperties("gatehouse.keys")
record KeySettings(Path dir) {
}
