package io.gatehouse.web.audit;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.Scenario.Person;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A filter the audit pages cannot take is answered in place: 400 with the same page, every value as typed, the
 * bad field marked with its message next to it, the other filters kept, and no results. The downloads keep a
 * plain 400.
 */
class AuditFilterErrorsTest extends IntegrationTest {

    private final Scenario scenario = scenario();

    @Test
    void auditWithBadFromThenSamePageWithFieldMarkedAndOtherFiltersKept() {
        Browser audit = scenario.rootBrowser();

        Browser.Response page = audit.get("/audit?account=someone%40example.org&actor=system&type=AccountSuspended"
                + "&from=not-a-date&to=2026-11-29T10:30&correlation=act-1");

        assertThat(page.status()).isEqualTo(400);
        Document html = page.html();
        Element from = html.selectFirst("input#from");
        assertThat(from.attr("value")).isEqualTo("not-a-date");
        assertThat(from.attr("aria-invalid")).isEqualTo("true");
        assertThat(from.attr("aria-describedby")).isEqualTo("from-error");
        assertThat(html.selectFirst("p.field-error#from-error").text())
                .isEqualTo("Enter a date and time like 2026-11-29T10:30 (UTC), a date like 2026-11-29, or an ISO-8601 instant.");
        assertThat(html.selectFirst("input#account").attr("value")).isEqualTo("someone@example.org");
        assertThat(html.selectFirst("input#actor").attr("value")).isEqualTo("system");
        assertThat(html.selectFirst("select#type option[selected]").attr("value")).isEqualTo("AccountSuspended");
        assertThat(html.selectFirst("input#to").attr("value")).isEqualTo("2026-11-29T10:30");
        assertThat(html.selectFirst("input#to").attr("type")).isEqualTo("datetime-local");
        assertThat(html.selectFirst("input#to").hasAttr("aria-invalid")).isFalse();
        assertThat(html.selectFirst("input#correlation").attr("value")).isEqualTo("act-1");
        assertThat(html.select("[aria-invalid]")).hasSize(1);
        assertThat(html.text()).contains("Please correct the marked fields");
        assertThat(html.selectFirst("table.history")).as("no results while a filter is wrong").isNull();
        assertThat(html.selectFirst("form[action=/logout]")).as("still signed in").isNotNull();
    }

    @Test
    void auditWithBadToOrTypeOrCursorThenEachAnsweredInPlace() {
        Browser audit = scenario.rootBrowser();

        Browser.Response to = audit.get("/audit?to=" + enc("2026-13-45T99:00:00Z")).assertStatus(400);
        assertThat(to.html().selectFirst("input#to").attr("aria-invalid")).isEqualTo("true");
        assertThat(to.html().selectFirst("input#to").attr("value")).isEqualTo("2026-13-45T99:00:00Z");
        Browser.Response type = audit.get("/audit?type=AccountDeleted&from=2026-01-01").assertStatus(400);
        assertThat(type.html().selectFirst("select#type").attr("aria-invalid")).isEqualTo("true");
        assertThat(type.html().selectFirst("#type-error").text()).contains("AccountDeleted");
        assertThat(type.html().selectFirst("input#from").attr("value")).isEqualTo("2026-01-01");
        Browser.Response cursor = audit.get("/audit?older=yesterday&actor=system").assertStatus(400);
        assertThat(cursor.html().selectFirst("p.flash.error").text()).contains("is not a place in the trail");
        assertThat(cursor.html().selectFirst("input#actor").attr("value")).isEqualTo("system");
        assertThat(cursor.html().selectFirst("table.history")).isNull();
        assertThat(audit.get("/audit/entries.csv?from=not-a-date").status()).isEqualTo(400);
        assertThat(audit.get("/audit/roles.csv?role=ADMIN&at=bad").status()).isEqualTo(400);
    }

    @Test
    void auditTypeFilterOffersTheTablesWordsWithTheEventTypeAsValue() {
        Person person = scenario.active(Role.SPONSOR);
        scenario.adminAct(person.id(), "suspend", Map.of("reason", "paused")).assertStatus(303);
        Browser audit = scenario.rootBrowser();

        Browser.Response page = audit.get("/audit?type=AccountSuspended&account=" + person.id()).assertStatus(200);

        Element option = page.html().selectFirst("select#type option[value=AccountSuspended]");
        assertThat(option.text()).isEqualTo("Suspended");
        assertThat(option.hasAttr("selected")).isTrue();
        assertThat(page.html().selectFirst("select#type option[value=AccountRegistered]").text()).isEqualTo("Signed up");
        assertThat(Pages.history(page)).singleElement().satisfies(row -> assertThat(row.action()).isEqualTo("Suspended"));
        assertThat(page.html().selectFirst("input#from").attr("type")).isEqualTo("datetime-local");
    }

    @Test
    void auditTakesTheBrowsersDateTimeFormsAsUtcAndIsoInstantsAlike() {
        Person person = scenario.active(Role.SPONSOR);
        Browser audit = scenario.rootBrowser();
        Instant signedUp = Instant.parse(Pages.history(audit.get("/audit?type=AccountRegistered&account=" + person.id()))
                .get(0).iso());
        String minute = LocalDateTime.ofInstant(signedUp, ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).toString();
        String nextMinute = LocalDateTime.ofInstant(signedUp.plusSeconds(60), ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MINUTES).toString();
        String account = "&type=AccountRegistered&account=" + person.id();

        assertThat(Pages.history(audit.get("/audit?from=" + minute + "&to=" + nextMinute + account).assertStatus(200)))
                .hasSize(1);
        assertThat(Pages.history(audit.get("/audit?from=" + minute + ":00&to=" + nextMinute + ":00" + account)
                .assertStatus(200))).hasSize(1);
        assertThat(Pages.history(audit.get("/audit?from=" + enc(signedUp.minusSeconds(1).toString()) + "&to="
                + enc(signedUp.plusSeconds(1).atOffset(ZoneOffset.ofHours(2)).toString()) + account).assertStatus(200)))
                .hasSize(1);
        assertThat(Pages.history(audit.get("/audit?from=" + nextMinute + account).assertStatus(200))).isEmpty();
    }

    @Test
    void accountHistoryWithBadAtThenAccountPageWithAtMarked() {
        Person person = scenario.signUp(Role.SPONSOR);
        Browser audit = scenario.rootBrowser();

        Browser.Response page = audit.get("/audit/accounts/" + person.id() + "?at=bad");

        assertThat(page.status()).isEqualTo(400);
        Element at = page.html().selectFirst("input#at");
        assertThat(at.attr("value")).isEqualTo("bad");
        assertThat(at.attr("aria-invalid")).isEqualTo("true");
        assertThat(at.attr("aria-describedby")).isEqualTo("at-error");
        assertThat(page.html().selectFirst("#at-error").text()).startsWith("Enter a date and time like");
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("History of " + person.email());
        assertThat(Pages.history(page)).isNotEmpty();
        assertThat(audit.get("/audit/accounts/" + person.id() + "?at=2026-11-29T10:30").status()).isEqualTo(200);
    }

    @Test
    void rolesWithBadRoleAndBadAtThenBothMarked() {
        Browser.Response page = scenario.rootBrowser().get("/audit/roles?role=bad&at=bad");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html().selectFirst("select#role").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.html().selectFirst("#role-error").text()).contains("Unknown role");
        assertThat(page.html().selectFirst("input#at").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.html().selectFirst("input#at").attr("value")).isEqualTo("bad");
        assertThat(page.html().selectFirst("table.holders")).isNull();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
