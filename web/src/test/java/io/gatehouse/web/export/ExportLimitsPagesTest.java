package io.gatehouse.web.export;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario.Person;
import io.gatehouse.it.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import static io.gatehouse.web.export.Exporting.again;
import static io.gatehouse.web.export.Exporting.export;
import static io.gatehouse.web.export.Exporting.setLimits;
import static io.gatehouse.web.export.Exporting.startAFreshMinute;
import static io.gatehouse.web.export.Exporting.startTheNextMinute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** An account's exports per minute and per day: the 429 beyond them, and an admin's limits at the next export. */
class ExportLimitsPagesTest extends IntegrationTest {

    private Person sponsor;
    private UUID document;

    private void aSponsorWithADocument() {
        sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        document = scenario().createDocument(sponsor, editor.id(), "Limited", "Text.");
    }

    @Test
    void exportBeyondTheMinuteLimitThenTooManyRequestsWithRetryAfter() {
        aSponsorWithADocument();
        setLimits(scenario(), sponsor.id(), 2, 100, 2);
        startAFreshMinute();

        export(sponsor.browser(), "sponsor", document).assertStatus(200);
        again(sponsor.browser(), "sponsor", document).assertStatus(200);
        Browser.Response refused = again(sponsor.browser(), "sponsor", document);

        assertThat(refused.status()).isEqualTo(429);
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        long untilTheMinuteEnds = 60 - LocalTime.ofInstant(TestClock.INSTANCE.instant(), ZoneOffset.UTC).getSecond();
        assertThat(retryAfter).isBetween(1L, 60L).isCloseTo(untilTheMinuteEnds, within(2L));
        assertThat(refused.header("RateLimit-Policy")).isEqualTo("\"minute\";q=2;w=60, \"day\";q=100;w=86400");
        assertThat(refused.header("RateLimit")).matches("\"minute\";r=0;t=" + retryAfter + ", \"day\";r=98;t=\\d+");
        assertThat(refused.header("Content-Type")).startsWith("text/html");
        assertThat(refused.html().selectFirst("h1").text()).isEqualTo("Export limit reached");
        assertThat(refused.text()).contains("You have made 2 exports this minute, your limit per minute.")
                .containsPattern("You can export again at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:00 UTC \\(in ("
                        + retryAfter + " seconds?|1 minute)\\)")
                .contains("set for your account by an admin");

        startTheNextMinute();
        again(sponsor.browser(), "sponsor", document).assertStatus(200);
    }

    @Test
    void exportBeyondTheDayLimitThenTooManyRequestsUntilMidnight() {
        aSponsorWithADocument();
        setLimits(scenario(), sponsor.id(), 2, 3, 2);
        startAFreshMinute();
        export(sponsor.browser(), "sponsor", document).assertStatus(200);
        again(sponsor.browser(), "sponsor", document).assertStatus(200);
        startTheNextMinute();
        again(sponsor.browser(), "sponsor", document).assertStatus(200);

        Browser.Response refused = again(sponsor.browser(), "sponsor", document);

        assertThat(refused.status()).isEqualTo(429);
        Instant now = TestClock.INSTANCE.instant();
        Instant midnight = now.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        assertThat(Long.parseLong(refused.header("Retry-After")))
                .isCloseTo(Duration.between(now, midnight).toSeconds(), within(3L));
        assertThat(refused.header("RateLimit")).matches("\"minute\";r=1;t=\\d+, \"day\";r=0;t=\\d+");
        assertThat(refused.text()).contains("You have made 3 exports today (UTC), your limit per day.")
                .containsPattern("You can export again at \\d{4}-\\d\\d-\\d\\d 00:00:00 UTC \\(in \\d+ (hours?|minutes?)");
    }

    @Test
    void adminRaisesTheLimitThenTheNextExportPasses() {
        aSponsorWithADocument();
        setLimits(scenario(), sponsor.id(), 1, 100, 1);
        startAFreshMinute();
        export(sponsor.browser(), "sponsor", document).assertStatus(200);
        again(sponsor.browser(), "sponsor", document).assertStatus(429);

        setLimits(scenario(), sponsor.id(), 3, 100, 1);

        Browser.Response passed = again(sponsor.browser(), "sponsor", document).assertStatus(200);
        assertThat(passed.header("RateLimit")).startsWith("\"minute\";r=1;");
    }

    @Test
    void adminLowersTheLimitBelowWhatWasUsedThenTheNextExportIsRefused() {
        aSponsorWithADocument();
        startAFreshMinute();
        export(sponsor.browser(), "sponsor", document).assertStatus(200);
        again(sponsor.browser(), "sponsor", document).assertStatus(200);
        again(sponsor.browser(), "sponsor", document).assertStatus(200);

        setLimits(scenario(), sponsor.id(), 2, 100, 1);

        Browser.Response refused = again(sponsor.browser(), "sponsor", document);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("RateLimit-Policy")).startsWith("\"minute\";q=2;w=60");
    }

    @Test
    void adminClearsTheLimitsThenTheRolesDefaultsApplyAtTheNextExport() {
        aSponsorWithADocument();
        setLimits(scenario(), sponsor.id(), 1, 100, 1);
        startAFreshMinute();
        export(sponsor.browser(), "sponsor", document).assertStatus(200);
        again(sponsor.browser(), "sponsor", document).assertStatus(429);

        scenario().adminAct(sponsor.id(), "export-limits/clear", Map.of("reason", "Back to normal.")).assertStatus(303);

        Browser.Response passed = again(sponsor.browser(), "sponsor", document).assertStatus(200);
        assertThat(passed.header("RateLimit-Policy")).isEqualTo("\"minute\";q=10;w=60, \"day\";q=200;w=86400");
        assertThat(passed.header("RateLimit")).startsWith("\"minute\";r=8;");
    }
}
