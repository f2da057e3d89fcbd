package io.gatehouse.web.mfa;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.UUID;

/**
 * For the scale benchmark's second sitting on a database it generated earlier: the TOTP key an account enrolled
 * with, as its authenticator app shows it (base32), read back with the app's own key so that a new test
 * authenticator can make codes for it.
 */
public final class StoredTotpKey {

    private StoredTotpKey() {
    }

    public static String of(ApplicationContext context, UUID accountId) {
        byte[] sealed = context.getBean(JdbcTemplate.class).queryForObject(
                "select encrypted_secret from second_factor where account_id = ?", byte[].class, accountId);
        return Totp.base32(context.getBean(SecretBox.class).open(SecondFactors.TOTP_PURPOSE, accountId, sealed));
    }
}
