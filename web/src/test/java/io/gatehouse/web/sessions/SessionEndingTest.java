package io.gatehouse.web.sessions;

import io.gatehouse.it.Browser;
import io.gatehouse.it.Pages;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ending sessions from {@code /account/sessions}: one by its handle, or all the others; never the one in
 * use, and never another account's. The ended session is told why at its next request.
 */
class SessionEndingTest extends SessionsTest {

    @Test
    void endWhenOtherSessionThenItIsToldAtItsNextRequest() {
        String email = approvedWithoutSession();
        Browser office = signIn(email, CHROME_ON_WINDOWS, "203.0.113.12");
        Browser home = signIn(email, FIREFOX_ON_LINUX, "198.51.100.22");
        String handle = handleOfOtherSession(office.get("/account/sessions").assertStatus(200));

        Browser.Response ended = office.post("/account/sessions/" + handle + "/end", Map.of());

        assertThat(ended.location()).isEqualTo("/account/sessions");
        Browser.Response after = office.get("/account/sessions").assertStatus(200);
        assertThat(Pages.notice(after)).isEqualTo("The session was ended.");
        assertThat(after.html().select("table.sessions tbody tr")).hasSize(1);
        Browser.Response told = home.get("/account/status").assertStatus(401);
        assertThat(told.html().selectFirst("h1").text()).isEqualTo("Your session has ended");
        assertThat(told.text()).contains("You ended this session from another one.");
        office.get("/account/status").assertStatus(200);
    }

    @Test
    void endAllOtherSessionsThenOnlyThisOneLeft() {
        String email = approvedWithoutSession();
        Browser office = signIn(email, CHROME_ON_WINDOWS, "203.0.113.13");
        Browser home = signIn(email, FIREFOX_ON_LINUX, "198.51.100.23");
        Browser phone = signIn(email, "Mozilla/5.0 (Linux; Android 15) Chrome/138.0 Mobile Safari/537.36", "192.0.2.33");
        office.get("/account/sessions").assertStatus(200);

        Browser.Response ended = office.post("/account/sessions/end-others", Map.of());

        assertThat(ended.location()).isEqualTo("/account/sessions");
        Browser.Response after = office.get("/account/sessions").assertStatus(200);
        assertThat(Pages.notice(after)).isEqualTo("2 other sessions were ended.");
        assertThat(after.html().select("table.sessions tbody tr")).hasSize(1);
        assertThat(home.get("/account/status").status()).isEqualTo(401);
        assertThat(phone.get("/account/status").status()).isEqualTo(401);
        office.get("/account/status").assertStatus(200);
    }

    @Test
    void endWhenHandleOfTheSessionInUseThenRefusedAndStillSignedIn() {
        String email = approvedWithoutSession();
        Browser office = signIn(email, CHROME_ON_WINDOWS, "203.0.113.14");
        Browser home = signIn(email, FIREFOX_ON_LINUX, "198.51.100.24");
        // the page never offers it; seen from the other session, this one's handle is on the page
        String officeHandle = handleOfOtherSession(home.get("/account/sessions").assertStatus(200));
        office.get("/account/sessions").assertStatus(200);

        Browser.Response refused = office.post("/account/sessions/" + officeHandle + "/end", Map.of());

        assertThat(refused.location()).isEqualTo("/account/sessions");
        Browser.Response after = office.get("/account/sessions").assertStatus(200);
        assertThat(Pages.problem(after)).contains("That is the session you are using");
        assertThat(after.html().select("table.sessions tbody tr")).hasSize(2);
        office.get("/account/status").assertStatus(200);
    }

    @Test
    void endWhenHandleOfAnotherAccountsSessionThenThatSessionUntouched() {
        String victimEmail = approvedWithoutSession();
        Browser victim = signIn(victimEmail, FIREFOX_ON_LINUX, "198.51.100.25");
        Browser victimOther = signIn(victimEmail, CHROME_ON_WINDOWS, "203.0.113.15");
        String victimHandle = handleOfOtherSession(victimOther.get("/account/sessions").assertStatus(200));
        Browser intruder = signIn(approvedWithoutSession(), CHROME_ON_WINDOWS, "192.0.2.44");
        intruder.get("/account/sessions").assertStatus(200);

        intruder.post("/account/sessions/" + victimHandle + "/end", Map.of());

        assertThat(Pages.problem(intruder.get("/account/sessions"))).isEqualTo("That session had already ended.");
        victim.get("/account/status").assertStatus(200);
    }
}
