package io.gatehouse.it;

import io.gatehouse.account.Role;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.gatehouse.it.IntegrationTest.ADMIN_EMAIL;
import static io.gatehouse.it.IntegrationTest.ADMIN_PASSWORD;
import static io.gatehouse.it.IntegrationTest.PASSWORD;

/** The steps many tests start from, done the way a person would: through the pages. */
public final class Scenario {

    private final Supplier<Browser> browsers;

    Scenario(Supplier<Browser> browsers) {
        this.browsers = browsers;
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** A new person signed up (and so signed in) for the role; PENDING. */
    public Person signUp(Role role, String email, String displayName) {
        Browser browser = browsers.get();
        String path = "/signup/" + role.name().toLowerCase();
        browser.submit(path, path, Map.of("displayName", displayName, "email", email, "organization", "Acme",
                "password", PASSWORD, "confirmPassword", PASSWORD)).assertStatus(303);
        return new Person(browser, email, accountIdOf(email));
    }

    public Person signUp(Role role) {
        return signUp(role, uniqueEmail(role.name().toLowerCase()), "Test " + role);
    }

    /** The first admin, signed in through the admin area's own form. */
    public Person rootAdmin() {
        return signInAsAdmin(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    public Person signInAsAdmin(String email, String password) {
        Browser browser = browsers.get();
        browser.submit("/admin/login", "/admin/login", Map.of("username", email, "password", password))
                .assertStatus(302);
        return new Person(browser, email, null);
    }

    public Browser signIn(String email, String password) {
        Browser browser = browsers.get();
        browser.submit("/login", "/login", Map.of("username", email, "password", password));
        return browser;
    }

    /** A new ACTIVE account holding {@code role}, approved by the root admin. */
    public Person active(Role role) {
        Person person = signUp(role);
        adminAct(person.id(), "approve", Map.of("reason", "ok"));
        return person;
    }

    /** An ACTIVE account that also holds {@code extra}, e.g. an editor made auditor. */
    public Person activeWith(Role role, Role extra) {
        Person person = active(role);
        adminAct(person.id(), "roles/grant", Map.of("role", extra.name(), "reason", "needs it"));
        return person;
    }

    /** Performs an admin act as the root admin; returns the response. */
    public Browser.Response adminAct(UUID accountId, String act, Map<String, String> fields) {
        Person admin = rootAdmin();
        admin.browser().get("/admin/accounts/" + accountId).assertStatus(200);
        return admin.browser().post("/admin/accounts/" + accountId + "/" + act, fields);
    }

    public UUID accountIdOf(String email) {
        Browser.Response list = rootAdmin().browser().get("/admin/accounts?q=" + java.net.URLEncoder.encode(email,
                java.nio.charset.StandardCharsets.UTF_8)).assertStatus(200);
        var link = list.html().selectFirst("a[href^=/admin/accounts/]");
        if (link == null) {
            throw new AssertionError("No account listed for " + email);
        }
        return UUID.fromString(link.attr("href").substring("/admin/accounts/".length()));
    }

    /** A person and the browser they are signed in with. */
    public record Person(Browser browser, String email, UUID id) {
    }
}
