package io.gatehouse.it.browser;

import io.gatehouse.it.Scenario;
import io.gatehouse.it.TestMail;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor and a sponsor sign up and confirm their addresses, see their requests pending, the first admin
 * approves both, and the sponsor creates the first document for the editor: all in one browser, by hand.
 */
class SignUpToFirstDocumentJourneyTest extends BrowserTest {

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void sign_up_to_approval_to_first_document(Viewport viewport) {
        Chrome chrome = chrome(viewport);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String editor = Scenario.uniqueEmail("edna"), sponsor = Scenario.uniqueEmail("sam");
        String editorName = "Edna Editor " + tag, sponsorName = "Sam Sponsor " + tag;

        chrome.open("/").screenshot("landing");
        signUp(chrome, "/signup/editor", editorName, editor);
        signUp(chrome, "/signup/sponsor", sponsorName, sponsor);

        seePending(chrome, editor, true);
        seePending(chrome, sponsor, false);

        signInAsRootAdmin(chrome);
        chrome.screenshot("admin-dashboard");
        approve(chrome, editor, "EDITOR", true);
        approve(chrome, sponsor, "SPONSOR", false);
        signOut(chrome);

        signIn(chrome, sponsor, PASSWORD);
        chrome.click(link("/sponsor/dashboard")).click(link("/sponsor/documents/new"));
        chrome.fill("title", "Launch plan " + tag).fill("body", "Who does what, and by when.")
                .choose("editorId", editorName).click(button("/sponsor/documents/new"));
        assertThat(chrome.path()).startsWith("/sponsor/documents/");
        assertThat(chrome.text()).contains("Launch plan " + tag, editorName);
        chrome.screenshot("sponsor-document");
        chrome.click(link("/sponsor/documents"));
        assertThat(chrome.find(By.cssSelector("main table")).getText()).contains("Launch plan " + tag, editorName);
    }

    /** From the landing page: the form, the inbox page, and the button behind the mail's link. */
    private static void signUp(Chrome chrome, String form, String name, String email) {
        chrome.open("/").click(link(form));
        chrome.fill("displayName", name).fill("email", email).fill("organization", "Acme")
                .fill("password", PASSWORD).fill("confirmPassword", PASSWORD);
        if (form.endsWith("editor")) {
            chrome.screenshot("signup-form");
        }
        chrome.click(button(form));
        assertThat(chrome.path()).isEqualTo("/signup/check-inbox");
        String link = TestMail.link(TestMail.awaitTo(email, "Confirm your address"), "/signup/confirm");
        // the mail's link names the app's public address; this browser reaches the same app on the test's port
        chrome.open(link.substring(link.indexOf("/signup/confirm"))).click(button("/signup/confirm"));
        assertThat(chrome.path()).isEqualTo("/login");
    }

    private static void seePending(Chrome chrome, String email, boolean screenshot) {
        signIn(chrome, email, PASSWORD);
        assertThat(chrome.path()).isEqualTo("/account/status");
        assertThat(chrome.text()).contains("PENDING");
        // the sign-up time in UTC, and beside it the reader's own (Berlin is an hour or two ahead)
        WebElement signedUp = chrome.find(By.cssSelector("dl.facts time[datetime]"));
        assertThat(signedUp.getText()).contains("UTC").contains("your time)");
        assertThat(signedUp.findElement(By.cssSelector(".local-time")).getText()).matches("\\(.*\\d.* your time\\)");
        if (screenshot) {
            chrome.screenshot("status-pending");
        }
        signOut(chrome);
    }

    /** Finds the request in the accounts list by its address, opens it and approves it. */
    private static void approve(Chrome chrome, String email, String role, boolean screenshot) {
        chrome.click(link("/admin/accounts")).fill("q", email).click(button("/admin/accounts"));
        if (screenshot) {
            chrome.screenshot("accounts-list");
        }
        chrome.click(By.cssSelector("main table a[href^='/admin/accounts/']"));
        if (screenshot) {
            chrome.screenshot("admin-account");
        }
        String approve = chrome.path() + "/approve";
        chrome.click(button(approve));
        assertThat(chrome.text()).contains("ACTIVE", role);
    }
}
