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
    /** The root admin's browser, signed in once per Scenario for the steps that need an admin (bcrypt is slow). */
    private Browser root;

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
        return act(rootBrowser(), accountId, act, fields);
    }

    public UUID accountIdOf(String email) {
        Browser.Response list = rootBrowser().get("/admin/accounts?q=" + java.net.URLEncoder.encode(email,
                java.nio.charset.StandardCharsets.UTF_8)).assertStatus(200);
        var link = list.html().selectFirst("a[href^=/admin/accounts/]");
        if (link == null) {
            throw new AssertionError("No account listed for " + email);
        }
        return UUID.fromString(link.attr("href").substring("/admin/accounts/".length()));
    }

    private Browser rootBrowser() {
        if (root == null) {
            root = rootAdmin().browser();
        }
        return root;
    }

    /** Signs a person up for the role without looking up their id (for making many accounts quickly). */
    public void register(Role role, String email, String displayName) {
        Browser browser = browsers.get();
        String path = "/signup/" + role.name().toLowerCase();
        browser.submit(path, path, Map.of("displayName", displayName, "email", email, "organization", "Acme",
                "password", PASSWORD, "confirmPassword", PASSWORD)).assertStatus(303);
    }

    /**
     * A second admin: an ACTIVE sponsor granted ADMIN by the root admin, signed in through the admin area's
     * form; its {@code id} is known.
     */
    public Person newAdmin() {
        Person sponsor = activeWith(Role.SPONSOR, Role.ADMIN);
        Person admin = signInAsAdmin(sponsor.email(), PASSWORD);
        return new Person(admin.browser(), sponsor.email(), sponsor.id());
    }

    /** Performs an admin act as the admin signed in with {@code admin}: loads the account page, then posts. */
    public static Browser.Response act(Browser admin, UUID accountId, String act, Map<String, String> fields) {
        admin.get("/admin/accounts/" + accountId).assertStatus(200);
        return admin.post("/admin/accounts/" + accountId + "/" + act, fields);
    }

    /**
     * The sponsor creates a document through {@code /sponsor/documents/new}, assigned to the editor;
     * returns the new document's id, read from the {@code 303} to {@code /sponsor/documents/{id}}.
     */
    public UUID createDocument(Person sponsor, UUID editorId, String title, String body) {
        Browser.Response created = sponsor.browser().submit("/sponsor/documents/new", "/sponsor/documents/new",
                Map.of("title", title, "body", body, "editorId", editorId.toString())).assertStatus(303);
        String location = created.location();
        String prefix = "/sponsor/documents/";
        if (location == null || !location.startsWith(prefix)) {
            throw new AssertionError("Creating a document redirected to " + location);
        }
        return UUID.fromString(location.substring(prefix.length()));
    }

    /** A person and the browser they are signed in with. */
    public record Person(Browser browser, String email, UUID id) {
    }
}
