package io.gatehouse.web.support;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.Scenario.Person;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each page has a title of its own, so tabs and screen readers can tell them apart. */
class PageTitlesTest extends IntegrationTest {

    private final Scenario scenario = scenario();

    @Test
    void mainPagesHaveSpecificAndDistinctTitles() {
        Person sponsor = scenario.active(Role.SPONSOR);
        Browser admin = scenario.rootBrowser();
        Browser anonymous = browser();
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("/", anonymous.get("/").assertStatus(200).html().title());
        titles.put("/login", anonymous.get("/login").assertStatus(200).html().title());
        titles.put("/signup/sponsor", anonymous.get("/signup/sponsor").assertStatus(200).html().title());
        titles.put("/password/forgot", anonymous.get("/password/forgot").assertStatus(200).html().title());
        titles.put("/admin/login", anonymous.get("/admin/login").assertStatus(200).html().title());
        titles.put("/sponsor/dashboard", sponsor.browser().get("/sponsor/dashboard").assertStatus(200).html().title());
        titles.put("/sponsor/documents", sponsor.browser().get("/sponsor/documents").assertStatus(200).html().title());
        titles.put("/account/status", sponsor.browser().get("/account/status").assertStatus(200).html().title());
        titles.put("/account/sessions", sponsor.browser().get("/account/sessions").assertStatus(200).html().title());
        titles.put("/account/password", sponsor.browser().get("/account/password").assertStatus(200).html().title());
        titles.put("/account/tokens", sponsor.browser().get("/account/tokens").assertStatus(200).html().title());
        titles.put("/admin", admin.get("/admin").assertStatus(200).html().title());
        titles.put("/admin/accounts", admin.get("/admin/accounts").assertStatus(200).html().title());
        titles.put("/admin/projections", admin.get("/admin/projections").assertStatus(200).html().title());
        titles.put("/audit", admin.get("/audit").assertStatus(200).html().title());
        titles.put("/audit/roles", admin.get("/audit/roles").assertStatus(200).html().title());
        titles.put("/audit/integrity", admin.get("/audit/integrity").assertStatus(200).html().title());

        assertThat(titles.values()).allSatisfy(title -> assertThat(title).endsWith(" · Gatehouse")
                .isNotEqualTo("Gatehouse")).doesNotHaveDuplicates();
        assertThat(titles.get("/audit")).isEqualTo("Audit trail · Gatehouse");
        assertThat(admin.get("/admin/accounts/" + sponsor.id()).assertStatus(200).html().title())
                .isEqualTo("Account: Test SPONSOR · Gatehouse");
        assertThat(admin.get("/audit/accounts/" + sponsor.id()).assertStatus(200).html().title())
                .isEqualTo("History of " + sponsor.email() + " · Gatehouse");
    }
}
