package io.gatehouse.it.browser;

import io.gatehouse.it.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base for journeys in a real browser, on the same application (and embedded PostgreSQL) as every other
 * {@link IntegrationTest}. A class starts its Chromium once, and a second one only if a journey needs two people
 * at once; between tests each forgets its cookies. Journeys take a {@link Viewport} and run at both widths.
 */
public abstract class BrowserTest extends IntegrationTest {

    /** The browsers of the class running now: JUnit runs one class at a time here. */
    private static final List<Chrome> OPEN = new ArrayList<>();

    private int used;

    @BeforeEach
    void forgetTheLastTest() {
        OPEN.forEach(Chrome::forget);
        used = 0;
    }

    /** Anything the console logged after the journey's last page (a late failed load) fails it too. */
    @AfterEach
    void consoleStaysClean() {
        OPEN.subList(0, used).forEach(Chrome::checkConsole);
    }

    @AfterAll
    static void quitBrowsers() {
        OPEN.forEach(Chrome::quit);
        OPEN.clear();
    }

    /** The next person's browser in this test, at the viewport's size: the first call gives the first one, and so on. */
    protected Chrome chrome(Viewport viewport) {
        if (used == OPEN.size()) {
            OPEN.add(Chrome.start("http://localhost:" + port));
        }
        Chrome chrome = OPEN.get(used++);
        chrome.resize(viewport);
        return chrome;
    }

    protected static By button(String formAction) {
        return By.cssSelector("form[action='" + formAction + "'] button[type=submit]");
    }

    protected static By link(String href) {
        return By.cssSelector("a[href='" + href + "']");
    }

    /** Signs in at {@code /login}, as sponsors, editors and auditors do. */
    protected static void signIn(Chrome chrome, String email, String password) {
        chrome.open("/login").fill("username", email).fill("password", password).click(button("/login"));
    }

    /** The first admin signs in through the admin area's form and types a fresh code from their authenticator app. */
    protected void signInAsRootAdmin(Chrome chrome) {
        scenario().rootBrowser(); // the first sign-in sets up the admin's authenticator, through the pages
        chrome.open("/admin/login").fill("username", ADMIN_EMAIL).fill("password", ADMIN_PASSWORD)
                .click(button("/admin/login"));
        assertThat(chrome.path()).isEqualTo("/login/mfa");
        chrome.fill("code", authenticator().freshCode(ADMIN_EMAIL)).click(button("/login/mfa"));
        assertThat(chrome.path()).isEqualTo("/admin");
    }

    protected static void signOut(Chrome chrome) {
        chrome.click(button("/logout"));
    }
}
