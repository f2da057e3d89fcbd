package io.gatehouse.web.apitoken;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.Scenario.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.UUID;

import static io.gatehouse.it.IntegrationTest.PASSWORD;
import static io.gatehouse.web.apitoken.ApiTokensPageTest.cell;
import static io.gatehouse.web.apitoken.ApiTokensPageTest.make;
import static io.gatehouse.web.apitoken.ApiTokensPageTest.onlyRow;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code /account/tokens} refuses: the command's rules shown at their fields with 400, a form of the wrong
 * shape, a post without CSRF, someone else's token, an account that is not active; nothing is stored for any.
 */
class ApiTokensRefusalsTest extends IntegrationTest {

    private final Scenario scenario = scenario();

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void blankOrTooLongNameThenTheFormAgainWithTheMessageAtTheNameAndNothingStored() {
        Person sponsor = scenario.active(Role.SPONSOR);

        Browser.Response blank = make(sponsor.browser(), "   ", "30", "documents:write");
        Browser.Response tooLong = make(sponsor.browser(), "n".repeat(61), "30", "documents:read");

        assertThat(blank.status()).isEqualTo(400);
        assertThat(Pages.problem(blank)).isEqualTo("Please correct the marked fields.");
        assertThat(blank.html().selectFirst("#name-error").text()).isEqualTo("A token name is required.");
        assertThat(blank.html().selectFirst("input#name").attr("aria-invalid")).isEqualTo("true");
        assertThat(blank.html().select("input[name=scopes][checked]")).extracting(box -> box.attr("value"))
                .as("what was chosen stays chosen").containsExactly("documents:write");
        assertThat(blank.html().selectFirst("#expiresInDays option[selected]").val()).isEqualTo("30");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.html().selectFirst("#name-error").text())
                .isEqualTo("A token name can be at most 60 characters long.");
        assertThat(tooLong.html().selectFirst("input#name").val()).isEqualTo("n".repeat(61));
        assertNothingStored(sponsor);
    }

    @Test
    void noScopeThenRefusedAtTheScopes() {
        Person editor = scenario.active(Role.EDITOR);

        Browser.Response none = make(editor.browser(), "Nothing", "30");

        assertThat(none.status()).isEqualTo(400);
        assertThat(none.html().selectFirst("#scopes-error").text()).isEqualTo("Choose at least one scope.");
        assertThat(none.html().selectFirst("#name-error")).isNull();
        assertNothingStored(editor);
    }

    @Test
    void sponsorAskingForAccountsWriteThenRefusedAtTheScopesAndNothingStored() {
        Person sponsor = scenario.active(Role.SPONSOR);

        Browser.Response refused = make(sponsor.browser(), "Power grab", "30", "documents:read", "accounts:write");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html().selectFirst("#scopes-error").text())
                .isEqualTo("Your roles do not allow the scope accounts:write.");
        assertThat(refused.html().select("input[name=scopes]")).extracting(box -> box.attr("value"))
                .as("the form offers only what the roles allow").containsExactly("documents:read", "documents:write");
        assertNothingStored(sponsor);
    }

    @Test
    void expiryBeyondAYearOrJunkOrAnUnknownScopeThenRefusedWithAMessage() {
        Person sponsor = scenario.active(Role.SPONSOR);

        Browser.Response tooLong = make(sponsor.browser(), "Forever", "400", "documents:read");
        Browser.Response junk = make(sponsor.browser(), "Whenever", "soon", "documents:read");
        Browser.Response huge = make(sponsor.browser(), "Whenever", "99999999999999999999", "documents:read");
        Browser.Response unknown = make(sponsor.browser(), "All of it", "30", "everything");

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.html().selectFirst("#expiresInDays-error").text()).isEqualTo("A token can last at most one year.");
        assertThat(junk.status()).isEqualTo(400);
        assertThat(junk.html().selectFirst("#expiresInDays-error").text()).isEqualTo("Choose how long the token lasts.");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.html().selectFirst("#expiresInDays-error").text()).isEqualTo("Choose how long the token lasts.");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.html().selectFirst("#scopes-error").text()).isEqualTo("Choose scopes from the list.");
        assertNothingStored(sponsor);
    }

    @Test
    void postsWithoutCsrfThenForbiddenAndNothingChanges() {
        Person sponsor = scenario.active(Role.SPONSOR);
        make(sponsor.browser(), "Kept", "30", "documents:read").assertStatus(303);
        String id = onlyRow(sponsor.browser().get("/account/tokens")).attr("data-token-id");

        Browser.Response create = sponsor.browser().postRaw("/account/tokens",
                Map.of("name", "Forged", "scopes", "documents:read", "expiresInDays", "30"));
        Browser.Response revoke = sponsor.browser().postRaw("/account/tokens/" + id + "/revoke", Map.of());

        assertThat(create.status()).isEqualTo(403);
        assertThat(revoke.status()).isEqualTo(403);
        assertThat(cell(onlyRow(sponsor.browser().get("/account/tokens")), "State")).isEqualTo("active");
        assertThat(tokensOf(sponsor)).isEqualTo(1);
    }

    @Test
    void someoneElsesOrAnUnknownTokenThenNotFoundAndNothingChanges() {
        Person owner = scenario.active(Role.SPONSOR);
        Person other = scenario.active(Role.SPONSOR);
        make(owner.browser(), "Mine", "30", "documents:read").assertStatus(303);
        String id = onlyRow(owner.browser().get("/account/tokens")).attr("data-token-id");
        other.browser().get("/account/tokens").assertStatus(200);

        assertThat(other.browser().post("/account/tokens/" + id + "/revoke", Map.of()).status()).isEqualTo(404);
        assertThat(other.browser().post("/account/tokens/" + UUID.randomUUID() + "/revoke", Map.of()).status())
                .isEqualTo(404);
        assertThat(other.browser().post("/account/tokens/not-an-id/revoke", Map.of()).status()).isEqualTo(404);
        assertThat(cell(onlyRow(owner.browser().get("/account/tokens")), "State")).isEqualTo("active");
    }

    @Test
    void suspendedPersonSeesWhyThereIsNoFormCanStillRevokeAndAPostIsRefused() {
        Person sponsor = scenario.active(Role.SPONSOR);
        make(sponsor.browser(), "Before", "30", "documents:read").assertStatus(303);
        scenario.adminAct(sponsor.id(), "suspend", Map.of("reason", "Checking a complaint")).assertStatus(303);
        Browser again = scenario.signIn(sponsor.email(), PASSWORD);

        Browser.Response page = again.get("/account/tokens").assertStatus(200);

        assertThat(page.html().select("form[action=/account/tokens]")).isEmpty();
        assertThat(page.html().selectFirst(".no-form").text()).contains("suspended").contains("only an active account");
        assertThat(cell(onlyRow(page), "State")).isEqualTo("active");
        Browser.Response create = again.post("/account/tokens",
                Map.of("name", "During", "scopes", "documents:read", "expiresInDays", "30"));
        assertThat(create.status()).isEqualTo(409);
        assertThat(Pages.problem(create)).contains("ACTIVE").contains("SUSPENDED");
        assertThat(tokensOf(sponsor)).isEqualTo(1);
        String id = onlyRow(page).attr("data-token-id");
        again.get("/account/tokens").assertStatus(200);
        assertThat(again.post("/account/tokens/" + id + "/revoke", Map.of()).status()).isEqualTo(303);
        assertThat(cell(onlyRow(again.get("/account/tokens")), "State")).startsWith("revoked");
    }

    @Test
    void activeWithNoRoleLeftThenTheFormIsNotOfferedAndSaysWhy() {
        Person sponsor = scenario.active(Role.SPONSOR);
        scenario.adminAct(sponsor.id(), "roles/revoke", Map.of("role", "SPONSOR", "reason", "Left the programme"))
                .assertStatus(303);

        Browser.Response page = sponsor.browser().get("/account/tokens").assertStatus(200);

        assertThat(page.html().select("form[action=/account/tokens]")).isEmpty();
        assertThat(page.html().selectFirst(".no-form").text()).startsWith("None of your roles lets a token do anything");
    }

    @Test
    void beyondTwentyUsableTokensThenAConflictAtTheTopAndNothingStored() {
        Person editor = scenario.active(Role.EDITOR);
        for (int i = 1; i <= 20; i++) {
            make(editor.browser(), "Token " + i, "7", "documents:read").assertStatus(303);
        }

        Browser.Response refused = make(editor.browser(), "Token 21", "7", "documents:read");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(Pages.problem(refused)).isEqualTo("You have 20 tokens that still work, the most an account can hold;"
                + " revoke one first.");
        assertThat(refused.html().selectFirst("input#name").val()).isEqualTo("Token 21");
        assertThat(tokensOf(editor)).isEqualTo(20);
    }

    @Test
    void erasedAccountsTokensAreGone() {
        Person editor = scenario.active(Role.EDITOR);
        make(editor.browser(), "Soon gone", "30", "documents:read").assertStatus(303);
        make(editor.browser(), "Also gone", "30", "documents:write").assertStatus(303);
        assertThat(tokensOf(editor)).isEqualTo(2);

        scenario.adminAct(editor.id(), "erase", Map.of("reason", "Asked to be forgotten")).assertStatus(303);

        assertThat(tokensOf(editor)).isZero();
    }

    private void assertNothingStored(Person person) {
        assertThat(tokensOf(person)).as("api_token rows").isZero();
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?"
                + " and payload_type = 'ApiTokenIssued'", Integer.class, person.id().toString())).isZero();
    }

    private int tokensOf(Person person) {
        return jdbc.queryForObject("select count(*) from api_token where account_id = ?", Integer.class, person.id());
    }
}
