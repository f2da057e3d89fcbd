package io.gatehouse.web.mfa;

import io.gatehouse.account.Role;
import io.gatehouse.it.AuthenticatorApp;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /account/mfa}: a QR code and the key, a code that proves the app has the key, then ten recovery
 * codes shown once; the key is kept encrypted, and the set-up is in the record.
 */
class EnrolmentTest extends IntegrationTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void enrolmentPageShowsQrCodeImageAndBase32Key() {
        Person person = scenario().active(Role.SPONSOR);

        Browser.Response page = person.browser().get("/account/mfa").assertStatus(200);

        String src = page.html().selectFirst("img").attr("src");
        assertThat(src).startsWith("data:image/png;base64,");
        byte[] png = Base64.getDecoder().decode(src.substring("data:image/png;base64,".length()));
        assertThat(png).startsWith(PNG_SIGNATURE); // an image drawn on the server, not a link to a QR service
        // 160 random bits, as RFC 4226 recommends: 32 base32 characters without padding
        assertThat(page.html().selectFirst("[data-totp-secret]").attr("data-totp-secret")).matches("[A-Z2-7]{32}");
    }

    @Test
    void wrongCodeThenRefusedAndStillNotEnrolled() {
        Person person = scenario().active(Role.SPONSOR);
        String key = person.browser().get("/account/mfa").assertStatus(200)
                .html().selectFirst("[data-totp-secret]").attr("data-totp-secret");

        Browser.Response refused = person.browser().post("/account/mfa", Map.of("code", wrongCode(key)));

        refused.assertStatus(400);
        assertThat(refused.text()).contains("That code does not match");
        assertThat(refused.html().select(".recovery-codes code")).isEmpty();
        Browser.Response again = person.browser().get("/account/mfa").assertStatus(200);
        assertThat(again.html().selectFirst("h1").text()).isEqualTo("Set up two-step sign-in");
        // the same key as before: a reload does not make the person scan a new one
        assertThat(again.html().selectFirst("[data-totp-secret]").attr("data-totp-secret")).isEqualTo(key);
        assertThat(storedSecrets(person)).isEmpty();
    }

    @Test
    void rightCodeThenTenRecoveryCodesAndSecondFactorOn() {
        Person person = scenario().active(Role.SPONSOR);
        String key = person.browser().get("/account/mfa").assertStatus(200)
                .html().selectFirst("[data-totp-secret]").attr("data-totp-secret");
        authenticator().enrol(person.email(), key);

        Browser.Response codes = person.browser().post("/account/mfa",
                Map.of("code", authenticator().freshCode(person.email()))).assertStatus(200);

        List<String> recoveryCodes = codes.html().select(".recovery-codes code").eachText();
        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}"));
        Browser.Response on = person.browser().get("/account/mfa").assertStatus(200);
        assertThat(codes.html().selectFirst("h1").text()).isEqualTo("Two-step sign-in is on");
        assertThat(on.text()).contains("Your account asks for a code from your authenticator app")
                .contains("Recovery codes left: 10");
        assertThat(on.html().select("[data-totp-secret]")).as("the key is not shown again").isEmpty();
    }

    @Test
    void enrolledSecretIsStoredEncrypted() {
        Person person = scenario().active(Role.EDITOR);

        scenario().enrol(person.browser(), person.email());

        List<byte[]> stored = storedSecrets(person);
        assertThat(stored).hasSize(1);
        byte[] rawKey = authenticator().key(person.email());
        assertThat(indexOf(stored.get(0), rawKey)).as("the raw key in the stored bytes").isEqualTo(-1);
        assertThat(indexOf(stored.get(0), base32(rawKey).getBytes(StandardCharsets.US_ASCII)))
                .as("the base32 key in the stored bytes").isEqualTo(-1);
        assertThat(stored.get(0).length).as("a ciphertext is longer than the key it hides").isGreaterThan(rawKey.length);
    }

    @Test
    void enrolmentThenRecordedAsSecondFactorSetUp() {
        Person person = scenario().active(Role.SPONSOR);

        scenario().enrol(person.browser(), person.email());

        List<Pages.Row> rows = Pages.history(scenario().rootBrowser()
                .get("/audit?type=SecondFactorEnrolled&account=" + person.id()).assertStatus(200));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo("Second factor set up");
            assertThat(row.subject()).isEqualTo(person.id().toString());
            assertThat(row.actor()).isEqualTo(person.email());
            assertThat(row.clientAddress()).isEqualTo(person.browser().clientAddress());
        });
    }

    private List<byte[]> storedSecrets(Person person) {
        return jdbc.query("select encrypted_secret from second_factor where account_id = ?",
                (rs, n) -> rs.getBytes(1), person.id());
    }

    private static String base32(byte[] key) {
        return new org.apache.commons.codec.binary.Base32().encodeToString(key).replace("=", "");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** A six-digit code the key shown on the page would not give now. */
    private static String wrongCode(String base32Key) {
        return AuthenticatorApp.wrongCode(new org.apache.commons.codec.binary.Base32().decode(base32Key), 0);
    }
}
