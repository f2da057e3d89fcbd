package io.gatehouse.web.apitoken;

import io.gatehouse.account.Actors;
import io.gatehouse.account.IssueApiToken;
import io.gatehouse.account.RevokeApiToken;
import io.gatehouse.command.CommandRefusedException;
import io.gatehouse.command.account.ApiTokenStore;
import io.gatehouse.command.account.ApiTokenStore.StoredToken;
import io.gatehouse.web.support.Forms;
import io.gatehouse.web.support.NotFoundException;
import io.gatehouse.web.support.Web;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /account/tokens}: a person makes, lists and revokes their personal API tokens. The secret is minted here
 * and leaves the server once, in the page after the redirect (a flash attribute, read once); the command gets only
 * its public prefix and hash, and every rule about what a token may be is the command's.
 */
@Controller
class TokensController {

    static final String PATH = "/account/tokens";

    /** The command's fields (CommandRefusedException#field) as this form names them. */
    private static final Map<String, String> FORM_FIELDS = Map.of("name", "name", "scopes", "scopes",
            "expiresAt", "expiresInDays");

    private final TokensPage page;
    private final ApiTokenStore tokens;
    private final CommandGateway commands;
    private final Clock clock;

    TokensController(TokensPage page, ApiTokenStore tokens, CommandGateway commands, Clock clock) {
        this.page = page;
        this.tokens = tokens;
        this.commands = commands;
        this.clock = clock;
    }

    /** Only the whole fields bind: an indexed {@code scopes[n]} would have Spring grow the list to that index. */
    @InitBinder("form")
    void onlyWholeFields(WebDataBinder binder) {
        binder.setAllowedFields("name", "scopes", "expiresInDays");
    }

    @GetMapping(PATH)
    ModelAndView list() {
        return page.render(TokenForm.fresh(), Map.of(), null, HttpStatus.OK);
    }

    @PostMapping(PATH)
    ModelAndView create(@Valid @ModelAttribute("form") TokenForm form, BindingResult errors,
                        HttpServletRequest request, RedirectAttributes flash) {
        if (errors.hasErrors()) {
            return page.render(form, Forms.errors(errors), null, HttpStatus.BAD_REQUEST);
        }
        UUID accountId = Web.requireCurrentAccount().accountId();
        ApiTokenSecret secret = ApiTokenSecret.mint();
        Instant now = clock.instant();
        try {
            commands.sendAndWait(new IssueApiToken(accountId, UUID.randomUUID(), form.getName(), form.chosenScopes(),
                    form.expiresAt(now), secret.publicPrefix(), secret.hash(), now, Actors.of(accountId),
                    Web.clientAddress(request)));
        } catch (CommandRefusedException refused) {
            return refused(form, refused);
        }
        // The one place the secret is kept after this request: the flash map, which the next page takes out.
        flash.addFlashAttribute("newToken", secret.token());
        flash.addFlashAttribute("newTokenName", form.getName().strip());
        return Web.seeOther(PATH);
    }

    @PostMapping(PATH + "/{id}/revoke")
    ModelAndView revoke(@PathVariable UUID id, HttpServletRequest request, RedirectAttributes flash) {
        UUID accountId = Web.requireCurrentAccount().accountId();
        StoredToken token = tokens.find(accountId, id).orElseThrow(() -> new NotFoundException("No such token"));
        try {
            commands.sendAndWait(new RevokeApiToken(accountId, id, Actors.of(accountId), Web.clientAddress(request)));
        } catch (CommandRefusedException refused) {
            return page.render(TokenForm.fresh(), Map.of(), refused.getMessage(), Web.statusOf(refused));
        }
        flash.addFlashAttribute("notice", "The token \u201c" + token.name() + "\u201d was revoked: it no longer works.");
        return Web.seeOther(PATH);
    }

    /** A refusal of one field is shown at that field, any other at the top; what was chosen stays chosen. */
    private ModelAndView refused(TokenForm form, CommandRefusedException refused) {
        String field = refused.field().map(FORM_FIELDS::get).orElse(null);
        if (field == null) {
            return page.render(form, Map.of(), refused.getMessage(), Web.statusOf(refused));
        }
        return page.render(form, Map.of(field, refused.getMessage()), null, Web.statusOf(refused));
    }
}
