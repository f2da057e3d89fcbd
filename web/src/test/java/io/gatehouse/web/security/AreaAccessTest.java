package io.gatehouse.web.security;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario.Person;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Who reaches which area: anonymous people sign in, non-ACTIVE people see their status, the rest need the role. */
class AreaAccessTest extends IntegrationTest {

    private static final List<String> SPONSOR_PAGES = List.of("/sponsor/dashboard", "/sponsor/documents",
            "/sponsor/documents/new");
    private static final List<String> EDITOR_PAGES = List.of("/editor/dashboard", "/editor/documents");
    private static final List<String> ADMIN_PAGES = List.of("/admin", "/admin/accounts");
    private static final List<String> AUDIT_PAGES = List.of("/audit");

    @Test
    void memberPagesWhenAnonymousThenRedirectToLogin() {
        Browser anonymous = browser();
        for (String path : List.of("/sponsor/dashboard", "/sponsor/documents", "/editor/dashboard",
                "/editor/documents", "/audit", "/audit/accounts/" + UUID.randomUUID(), "/account/status")) {
            Expect.redirectTo(anonymous.get(path), "/login");
        }
    }

    @Test
    void adminPagesWhenAnonymousThenRedirectToAdminLogin() {
        Browser anonymous = browser();
        for (String path : List.of("/admin", "/admin/", "/admin/accounts", "/admin/accounts?status=PENDING",
                "/admin/accounts/" + UUID.randomUUID())) {
            Expect.redirectTo(anonymous.get(path), "/admin/login");
        }
    }

    @Test
    void adminActionWhenAnonymousPostsWithTokenThenNotPerformed() {
        Person pending = scenario().signUp(Role.SPONSOR);
        Browser anonymous = browser();
        anonymous.get("/login").assertStatus(200); // a valid token for the anonymous session

        Browser.Response response = anonymous.post("/admin/accounts/" + pending.id() + "/approve", Map.of("reason", "x"));

        Expect.redirectTo(response, "/admin/login");
        assertThat(stateOnAdminPage(pending.id())).isEqualTo("PENDING");
    }

    @Test
    void unknownPathWhenAnonymousThenNotFound() {
        Browser anonymous = browser();
        for (String path : List.of("/whatever", "/nope/deeper", "/Admin", "/SPONSOR/dashboard")) {
            Expect.htmlErrorPage(anonymous.get(path), 404);
        }
    }

    @Test
    void areasWhenPendingThenStatusPage() {
        Person pending = scenario().signUp(Role.SPONSOR);
        for (String path : concat(SPONSOR_PAGES, EDITOR_PAGES, ADMIN_PAGES, AUDIT_PAGES)) {
            Expect.redirectTo(pending.browser().get(path), "/account/status");
        }
        Browser.Response status = pending.browser().get("/account/status").assertStatus(200);
        assertThat(status.html().selectFirst(".badge.status-PENDING")).isNotNull();
        assertThat(status.text()).contains("PENDING");
    }

    @Test
    void sponsorPagesWhenPendingThenStatusPage() {
        Person pending = scenario().signUp(Role.SPONSOR);
        Expect.redirectTo(pending.browser().get("/sponsor/dashboard"), "/account/status");
    }

    @Test
    void adminActionWhenPendingApprovesSelfThenRefusedAndStillPending() {
        Person pending = scenario().signUp(Role.EDITOR);
        pending.browser().get("/account/status").assertStatus(200); // its CSRF token

        Browser.Response response = pending.browser().post("/admin/accounts/" + pending.id() + "/approve",
                Map.of("reason", "me"));

        Expect.notReached(response);
        assertThat(response.status()).isNotEqualTo(303);
        assertThat(stateOnAdminPage(pending.id())).isEqualTo("PENDING");
    }

    @Test
    void otherAreasWhenActiveSponsorThenForbidden() {
        Person sponsor = scenario().active(Role.SPONSOR);
        sponsor.browser().get("/sponsor/dashboard").assertStatus(200);
        for (String path : concat(EDITOR_PAGES, ADMIN_PAGES, AUDIT_PAGES,
                List.of("/admin/accounts/" + sponsor.id(), "/audit/accounts/" + sponsor.id()))) {
            Expect.forbiddenPage(sponsor.browser().get(path));
        }
    }

    @Test
    void adminPagesWhenEditorThenForbidden() {
        Person editor = scenario().active(Role.EDITOR);
        for (String path : ADMIN_PAGES) {
            Expect.forbiddenPage(editor.browser().get(path));
        }
    }

    @Test
    void sponsorPagesWhenActiveEditorThenForbidden() {
        Person editor = scenario().active(Role.EDITOR);
        editor.browser().get("/editor/dashboard").assertStatus(200);
        for (String path : SPONSOR_PAGES) {
            Expect.forbiddenPage(editor.browser().get(path));
        }
    }

    @Test
    void adminActionWhenActiveSponsorPostsWithValidTokenThenForbiddenAndNothingChanges() {
        Person pending = scenario().signUp(Role.EDITOR);
        Person sponsor = scenario().active(Role.SPONSOR);
        sponsor.browser().get("/sponsor/dashboard").assertStatus(200); // a valid token of the sponsor's session

        Expect.forbiddenPage(sponsor.browser().post("/admin/accounts/" + pending.id() + "/approve",
                Map.of("reason", "let me in")));
        Expect.forbiddenPage(sponsor.browser().post("/admin/accounts/" + sponsor.id() + "/roles/grant",
                Map.of("role", "ADMIN", "reason", "why not")));

        assertThat(stateOnAdminPage(pending.id())).isEqualTo("PENDING");
        Expect.forbiddenPage(sponsor.browser().get("/admin"));
        Browser.Response status = sponsor.browser().get("/account/status").assertStatus(200);
        assertThat(status.html().select(".panel.ok .badge").eachText()).containsExactly("SPONSOR");
    }

    @Test
    void auditWhenAuditorThenAllowedButAdminForbidden() {
        Person auditor = scenario().activeWith(Role.EDITOR, Role.AUDITOR);
        auditor.browser().get("/audit").assertStatus(200);
        auditor.browser().get("/audit/accounts/" + auditor.id()).assertStatus(200);
        auditor.browser().get("/editor/dashboard").assertStatus(200);
        Expect.forbiddenPage(auditor.browser().get("/admin"));
        Expect.forbiddenPage(auditor.browser().get("/admin/accounts"));
        Expect.forbiddenPage(auditor.browser().get("/admin/accounts/" + auditor.id()));
        Expect.forbiddenPage(auditor.browser().get("/sponsor/dashboard"));
    }

    @Test
    void adminPagesWhenAdminSignedInThroughMemberLoginThenAllowed() {
        Browser admin = scenario().signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        admin.get("/account/status").assertStatus(200);
        admin.get("/admin").assertStatus(200);
    }

    @Test
    void unknownPathsWhenAdminThenNotFoundPage() {
        Browser admin = scenario().rootAdmin().browser();
        for (String path : List.of("/nope", "/admin/accounts/not-a-uuid", "/admin/accounts/" + UUID.randomUUID(),
                "/admin/nope", "/audit/accounts/" + UUID.randomUUID(), "/audit/accounts/not-a-uuid")) {
            Expect.htmlErrorPage(admin.get(path), 404);
        }
    }

    @Test
    void unknownAccountActionWhenAdminPostsThenNotFound() {
        Browser admin = scenario().rootAdmin().browser();
        admin.get("/admin").assertStatus(200);
        Expect.htmlErrorPage(admin.post("/admin/accounts/" + UUID.randomUUID() + "/approve", Map.of("reason", "x")), 404);
        Expect.htmlErrorPage(admin.post("/admin/accounts/not-a-uuid/approve", Map.of("reason", "x")), 404);
    }

    @Test
    void actuatorEndpointsWhenNotHealthThenHidden() {
        Browser anonymous = browser();
        Browser admin = scenario().rootAdmin().browser();
        for (String path : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/heapdump",
                "/actuator/sessions", "/actuator/mappings")) {
            Expect.htmlErrorPage(anonymous.get(path), 404);
            Expect.htmlErrorPage(admin.get(path), 404);
        }
        Browser.Response health = anonymous.get("/actuator/health").assertStatus(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("db");
    }

    @Test
    void protectedPagesWhenPathTricksThenNeverReached() {
        Browser anonymous = browser();
        Person sponsor = scenario().active(Role.SPONSOR);
        for (String path : List.of("/admin/", "/admin;x=y", "/admin/..;/admin", "/css/..;/admin",
                "/css/%2e%2e/admin", "/css/..%2fadmin", "//admin", "/admin%2faccounts", "/sponsor/dashboard;jsessionid=1",
                "/SPONSOR/dashboard", "/editor/dashboard/", "/audit/", "/%61dmin", "/admin/accounts/../accounts")) {
            for (Browser browser : List.of(anonymous, sponsor.browser())) {
                Browser.Response response = browser.get(path);
                assertThat(response.status()).as("status of GET %s", path).isNotEqualTo(200).isLessThan(500);
                assertThat(response.body()).as("body of GET %s", path).doesNotContain("Exception");
            }
        }
    }

    private String stateOnAdminPage(UUID accountId) {
        Browser.Response page = scenario().rootAdmin().browser().get("/admin/accounts/" + accountId).assertStatus(200);
        return page.html().selectFirst(".facts .badge").text();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
