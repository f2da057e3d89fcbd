package io.gatehouse.web.admin;

import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.AdminAct;
import io.gatehouse.account.ApproveAccount;
import io.gatehouse.account.ReinstateAccount;
import io.gatehouse.account.RejectAccount;
import io.gatehouse.account.SuspendAccount;
import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.account.AccountExport;
import io.gatehouse.web.api.ApiCaller;
import io.gatehouse.web.api.ApiController;
import io.gatehouse.web.api.Cursor;
import io.gatehouse.web.api.ListPage;
import io.gatehouse.web.support.FieldException;
import io.gatehouse.web.support.NotFoundException;
import io.gatehouse.web.support.Web;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiFunction;

/** The admin directory and its four decisions for machines: the same filters and the same commands as the pages. */
@ApiController
@Tag(name = "Accounts", description = "Admins: scopes accounts:read and accounts:write")
class AccountsApiController {

    private static final Logger log = LoggerFactory.getLogger(AccountsApiController.class);
    private static final int PAGE = 50;
    private static final int MAX_PAGE = 200;

    private final AccountExport accounts;
    private final AccountDirectory directory;
    private final CommandGateway commands;

    AccountsApiController(AccountExport accounts, AccountDirectory directory, CommandGateway commands) {
        this.accounts = accounts;
        this.directory = directory;
        this.commands = commands;
    }

    /** A reason, as the pages' forms take it; required to reject, suspend and reinstate. */
    record ReasonBody(String reason) {
    }

    @GetMapping("/api/v1/accounts")
    @Operation(summary = "Accounts, newest first, by state and by text in the e-mail or name; follow nextCursor")
    ListPage<AccountJson> list(@RequestParam(required = false) String status, @RequestParam(required = false) String q,
                               @RequestParam(required = false) String cursor,
                               @RequestParam(required = false) Integer limit) {
        int size = Cursor.limit(limit, PAGE, MAX_PAGE);
        List<AccountExport.Line> rows = accounts.after(status(status), q, place(cursor), size + 1);
        boolean more = rows.size() > size;
        List<AccountExport.Line> shown = more ? rows.subList(0, size) : rows;
        String next = more ? cursorAfter(shown.get(size - 1)) : null;
        return new ListPage<>(shown.stream().map(AccountJson::of).toList(), next);
    }

    @GetMapping("/api/v1/accounts/{id}")
    @Operation(summary = "One account")
    AccountJson one(@PathVariable UUID id) {
        return AccountJson.of(directory.findAccount(id).orElseThrow(() -> new NotFoundException("No such account.")));
    }

    @PostMapping("/api/v1/accounts/{id}/approve")
    @Operation(summary = "Approve a PENDING account (reason optional)")
    AccountJson approve(@PathVariable UUID id, @RequestBody(required = false) ReasonBody body, HttpServletRequest request) {
        return act(id, body, request, (reason, actor) -> new ApproveAccount(id, reason, actor, Web.clientAddress(request)));
    }

    @PostMapping("/api/v1/accounts/{id}/reject")
    @Operation(summary = "Reject a PENDING account (reason required)")
    AccountJson reject(@PathVariable UUID id, @RequestBody(required = false) ReasonBody body, HttpServletRequest request) {
        return act(id, body, request, (reason, actor) -> new RejectAccount(id, reason, actor, Web.clientAddress(request)));
    }

    @PostMapping("/api/v1/accounts/{id}/suspend")
    @Operation(summary = "Suspend an ACTIVE account (reason required); its sessions and tokens stop at once")
    AccountJson suspend(@PathVariable UUID id, @RequestBody(required = false) ReasonBody body, HttpServletRequest request) {
        return act(id, body, request, (reason, actor) -> new SuspendAccount(id, reason, actor, Web.clientAddress(request)));
    }

    @PostMapping("/api/v1/accounts/{id}/reinstate")
    @Operation(summary = "Reinstate a SUSPENDED account (reason required)")
    AccountJson reinstate(@PathVariable UUID id, @RequestBody(required = false) ReasonBody body,
                          HttpServletRequest request) {
        return act(id, body, request,
                (reason, actor) -> new ReinstateAccount(id, reason, actor, Web.clientAddress(request)));
    }

    private AccountJson act(UUID id, ReasonBody body, HttpServletRequest request,
                            BiFunction<String, String, AdminAct> command) {
        one(id);
        ApiCaller admin = ApiCaller.current();
        AdminAct sent = command.apply(body == null ? null : body.reason(), admin.getName());
        commands.sendAndWait(sent);
        log.info("Admin {} did {} on account {} through the API (token {})", admin.getName(),
                sent.getClass().getSimpleName(), id, admin.tokenId());
        return one(id);
    }

    private static AccountStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return AccountStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new FieldException("status", "Choose one of the account states, such as PENDING or ACTIVE.");
        }
    }

    private static String cursorAfter(AccountExport.Line last) {
        return new Cursor.Place(last.registeredAtExact().toInstant(), last.accountId()).cursor();
    }

    private static AccountExport.Line place(String cursor) {
        Cursor.Place place = Cursor.place(cursor);
        return place == null ? null
                : AccountExport.position(OffsetDateTime.ofInstant(place.at(), ZoneOffset.UTC), place.id());
    }
}
