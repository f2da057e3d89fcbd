package io.gatehouse.it;

import io.gatehouse.account.Role;
import jakarta.mail.internet.MimeMessage;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.gatehouse.it.IntegrationTest.ADMIN_EMAIL;
import static io.gatehouse.it.IntegrationTest.ADMIN_PASSWORD;
import static io.gatehouse.it.IntegrationTest.PASSWORD;

/** The steps many tests start from, done the way a person would: through the pages and the mail. */
public final class Scenario {

    private final Supplier<Browser> browsers;
    private final Supplier<AuthenticatorApp> authenticators;
    /** The root admin's browser, signed in once per Scenario for the steps that need an admin. */
    private Browser root;

    /** Both are asked for only when first needed: a test may make its scenario before its server is known. */
    Scenario(Supplier<Browser> browsers, Supplier<AuthenticatorApp> authenticators) {
        this.browsers = browsers;
        this.authenticators = authenticators;
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    public AuthenticatorApp authenticator() {
        return authenticators.get();
    }

    public Browser newBrowser() {
        return browsers.get();
    }

    /** A new person who signed up for the role, confirmed their address and signed in; PENDING. */
    public Person signUp(Role role, String email, String displayName) {
        register(role, email, displayName);
        Browser browser = signIn(email, PASSWORD);
        return new Person(browser, email, accountIdOf(email));
    }

    public Person signUp(Role role) {
        return signUp(role, uniqueEmail(role.name().toLowerCase()), "Test " + role);
    }

    /** Signs a person up and confirms their address, without signing in: a PENDING account. */
    public void register(Role role, String email, String displayName) {
        submitSignUp(browsers.get(), role, email, displayName).assertStatus(303);
        confirm(browsers.get(), email);
    }

    /** Posts the sign-up form; the answer is 303 to the inbox page whether or not the address is taken. */
    public Browser.Response submitSignUp(Browser browser, Role role, String email, String displayName) {
        String path = "/signup/" + role.name().toLowerCase();
        return browser.submit(path, path, Map.of("displayName", displayName, "email", email, "organization", "Acme",
                "password", PASSWORD, "confirmPassword", PASSWORD));
    }

    /** Opens the newest confirmation mail's link in {@code browser} and presses its button. */
    public Browser.Response confirm(Browser browser, String email) {
        String token = tokenFrom(TestMail.awaitTo(email, "Confirm your address"), "/signup/confirm");
        browser.get("/signup/confirm?token=" + token).assertStatus(200);
        return browser.post("/signup/confirm", Map.of("token", token)).assertStatus(303);
    }

    /** The token of the link to {@code path} in a mail. */
    public static String tokenFrom(MimeMessage mail, String path) {
        String query = URI.create(TestMail.link(mail, path)).getRawQuery();
        return query.substring(query.indexOf("token=") + "token=".length());
    }

    /** The first admin, signed in through the admin area's own form and the second step. */
    public Person rootAdmin() {
        return signInAsAdmin(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    public Person signInAsAdmin(String email, String password) {
        Browser browser = browsers.get();
        Browser.Response answer = browser.submit("/admin/login", "/admin/login",
                Map.of("username", email, "password", password));
        passSecondStep(browser, email, answer);
        browser.get("/admin").assertStatus(200);
        return new Person(browser, email, null);
    }

    /** Signs in at {@code /login}, and passes the second step if the account has or needs one. */
    public Browser signIn(String email, String password) {
        Browser browser = browsers.get();
        passSecondStep(browser, email, browser.submit("/login", "/login", Map.of("username", email, "password", password)));
        return browser;
    }

    /**
     * After a password was accepted: enrols an authenticator if the account is sent to do so, or types
     * a fresh code if it is asked for one. Any other answer is left as it is.
     */
    public void passSecondStep(Browser browser, String email, Browser.Response afterPassword) {
        String next = afterPassword.location();
        if ("/account/mfa".equals(next)) {
            enrol(browser, email);
        } else if ("/login/mfa".equals(next)) {
            browser.get("/login/mfa").assertStatus(200);
            browser.post("/login/mfa", Map.of("code", authenticator().freshCode(email))).assertStatus(303);
        }
    }

    /** Sets up the authenticator app for the signed-in account; returns the page with the recovery codes. */
    public Browser.Response enrol(Browser browser, String email) {
        Browser.Response page = browser.get("/account/mfa").assertStatus(200);
        authenticator().enrol(email, page.html().selectFirst("[data-totp-secret]").attr("data-totp-secret"));
        Browser.Response codes = browser.post("/account/mfa", Map.of("code", authenticator().freshCode(email)))
                .assertStatus(200);
        authenticator().keepRecoveryCodes(email, codes.html().select(".recovery-codes code").eachText());
        return codes;
    }

    /** A new ACTIVE account holding {@code role}, approved by the root admin. */
    public Person active(Role role) {
        Person person = signUp(role);
        adminAct(person.id(), "approve", Map.of("reason", "ok")).assertStatus(303);
        return person;
    }

    /**
     * An ACTIVE account that also holds {@code extra}, e.g. an editor made auditor. Given ADMIN or AUDITOR,
     * the person sets up an authenticator in their browser, as they are sent to at their next click.
     */
    public Person activeWith(Role role, Role extra) {
        Person person = active(role);
        adminAct(person.id(), "roles/grant", Map.of("role", extra.name(), "reason", "needs it")).assertStatus(303);
        if (extra == Role.ADMIN || extra == Role.AUDITOR) {
            enrol(person.browser(), person.email());
        }
        return person;
    }

    /** Performs an admin act as the root admin; returns the response. */
    public Browser.Response adminAct(UUID accountId, String act, Map<String, String> fields) {
        return act(rootBrowser(), accountId, act, fields);
    }

    public UUID accountIdOf(String email) {
        Browser.Response list = rootBrowser().get("/admin/accounts?q=" + URLEncoder.encode(email, StandardCharsets.UTF_8))
                .assertStatus(200);
        var link = list.html().selectFirst("a[href^=/admin/accounts/]");
        if (link == null) {
            throw new AssertionError("No account listed for " + email);
        }
        return UUID.fromString(link.attr("href").substring("/admin/accounts/".length()));
    }

    /** The root admin's browser, signed in once for this scenario. */
    public Browser rootBrowser() {
        if (root == null) {
            root = rootAdmin().browser();
        }
        return root;
    }

    /**
     * A second admin: an ACTIVE sponsor granted ADMIN by the root admin, signed in through the admin area's
     * form with an authenticator of its own; its {@code id} is known.
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
