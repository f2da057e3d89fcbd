package io.gatehouse.web.account;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.Scenario.Person;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /}: sign-up for visitors; a greeting and the way on for a signed-in person. */
class LandingPageTest extends IntegrationTest {

    private final Scenario scenario = scenario();

    @Test
    void notSignedInThenOffersSignUpAndSignIn() {
        Browser.Response home = scenario.newBrowser().get("/").assertStatus(200);

        assertThat(home.html().select("a[href=/signup/sponsor]")).isNotEmpty();
        assertThat(home.html().select("a[href=/signup/editor]")).isNotEmpty();
        assertThat(home.html().select("a[href=/login]")).isNotEmpty();
    }

    @Test
    void signedInAndActiveThenGreetedWithTheirAreasAndNoSignUp() {
        Person sponsor = scenario.active(Role.SPONSOR);

        Browser.Response home = sponsor.browser().get("/").assertStatus(200);

        assertThat(home.html().selectFirst("h1").text()).isEqualTo("Welcome back, Test SPONSOR");
        assertThat(home.html().select("a[href^=/signup]")).isEmpty();
        assertThat(home.html().select("main a[href=/sponsor/dashboard]")).isNotEmpty();
        assertThat(home.html().select("main a[href=/editor/dashboard]")).isEmpty();
        assertThat(home.html().select("main a[href=/account/status]")).isNotEmpty();
    }

    @Test
    void signedInAndPendingThenGreetedWithTheirStatusAndNoSignUp() {
        Person pending = scenario.signUp(Role.EDITOR);

        Browser.Response home = pending.browser().get("/").assertStatus(200);

        assertThat(home.html().selectFirst("h1").text()).isEqualTo("Welcome back, Test EDITOR");
        assertThat(home.html().select("a[href^=/signup]")).isEmpty();
        assertThat(home.html().select("main a[href=/editor/dashboard]")).isEmpty();
        assertThat(home.text()).contains("Your account is PENDING");
        assertThat(home.html().select("main a[href=/account/status]")).isNotEmpty();
    }
}
