package io.gatehouse.web.support;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.Scenario.Person;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages show the header a signed-in person sees everywhere else (their e-mail, their areas, Sign out),
 * whether a controller's exception or the container's error dispatch rendered them; anonymous ones do not; none
 * shows a stack trace.
 */
class ErrorPagesHeaderTest extends IntegrationTest {

    private final Scenario scenario = scenario();

    @Test
    void signedInAdminsNotFoundAndBadRequestPagesShowTheirHeader() {
        Browser admin = scenario.rootBrowser();

        Browser.Response notFound = admin.get("/admin/accounts/" + UUID.randomUUID());
        Browser.Response badRequest = admin.get("/admin/accounts?status=BOGUS");
        Browser.Response noSuchPage = admin.get("/no-such-page");

        assertThat(notFound.status()).isEqualTo(404);
        assertThat(badRequest.status()).isEqualTo(400);
        assertThat(noSuchPage.status()).isEqualTo(404);
        for (Browser.Response page : new Browser.Response[] {notFound, badRequest, noSuchPage}) {
            assertSignedInHeader(page, ADMIN_EMAIL);
            assertThat(page.html().selectFirst("header a[href=/admin]")).isNotNull();
            assertThat(page.html().selectFirst("header a[href=/audit]")).isNotNull();
        }
        assertThat(notFound.html().title()).isEqualTo("Page not found · Gatehouse");
    }

    @Test
    void signedInPersonsForbiddenPageShowsTheirHeader() {
        Person sponsor = scenario.active(Role.SPONSOR);

        Browser.Response forbidden = sponsor.browser().get("/editor/dashboard");

        assertThat(forbidden.status()).isEqualTo(403);
        assertSignedInHeader(forbidden, sponsor.email());
        assertThat(forbidden.html().selectFirst("header a[href=/sponsor/dashboard]")).isNotNull();
    }

    @Test
    void anonymousErrorPagesOfferSignInAndNoSignOut() {
        Browser anonymous = browser();

        Browser.Response noSuchPage = anonymous.get("/no-such-page");
        Browser.Response badConfirm = anonymous.get("/error");

        for (Browser.Response page : new Browser.Response[] {noSuchPage, badConfirm}) {
            assertThat(page.status()).isEqualTo(404);
            assertThat(page.html().selectFirst("form[action=/logout]")).isNull();
            assertThat(page.html().selectFirst("header a[href=/login]")).isNotNull();
            assertThat(page.body()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    private static void assertSignedInHeader(Browser.Response page, String email) {
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.html().selectFirst("header form[action=/logout] button").text()).isEqualTo("Sign out");
        assertThat(page.html().selectFirst("header form[action=/logout] input[name=_csrf]").attr("value")).isNotBlank();
        // the bar names the person and keeps their address in the tooltip
        assertThat(page.html().selectFirst("header .who").attr("title")).isEqualTo(email);
        assertThat(page.html().selectFirst("header a[href=/login]")).isNull();
        assertThat(page.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
