package io.gatehouse.web.admin;

import io.gatehouse.account.AdminAct;
import io.gatehouse.account.ApproveAccount;
import io.gatehouse.account.EraseAccount;
import io.gatehouse.account.GrantRole;
import io.gatehouse.account.ReinstateAccount;
import io.gatehouse.account.RejectAccount;
import io.gatehouse.account.ResetSecondFactor;
import io.gatehouse.account.RevokeRole;
import io.gatehouse.account.SuspendAccount;
import io.gatehouse.command.CommandRefusedException;
import io.gatehouse.command.Reasons;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * A refused act whose reason was blank or too long is answered at the form it came from: its textarea marked,
 * the message under it and what was typed kept, instead of at the top of the page where nobody looks. When the
 * account's state no longer offers that form (another admin decided meanwhile), the message stays at the top.
 */
final class ReasonErrors {

    /** Each act's form: the prefix of its textarea's id, and the page's flag that says it is shown. */
    private static final Map<Class<? extends AdminAct>, Form> FORMS = Map.of(
            ApproveAccount.class, new Form("approve", "canApprove"),
            RejectAccount.class, new Form("reject", "canReject"),
            SuspendAccount.class, new Form("suspend", "canSuspend"),
            ReinstateAccount.class, new Form("reinstate", "canReinstate"),
            GrantRole.class, new Form("grant", "hasGrantable"),
            RevokeRole.class, new Form("revoke", "hasRevocable"),
            ResetSecondFactor.class, new Form("mfa", "canResetSecondFactor"),
            EraseAccount.class, new Form("erase", "canErase"));

    private ReasonErrors() {
    }

    /** The reason field of one action form in error; {@code form} is the prefix of its textarea's id. */
    record ReasonError(String form, String message, String typed) {
    }

    private record Form(String id, String shownFlag) {
    }

    static ModelAndView placeAtForm(ModelAndView page, AdminAct command, CommandRefusedException refused) {
        if (refused.kind() == CommandRefusedException.Kind.CONFLICT) {
            return page;
        }
        Form form = FORMS.get(command.getClass());
        String reason = command.reason();
        boolean reasonAtFault = reason == null || reason.isBlank() || reason.strip().length() > Reasons.MAX_LENGTH;
        if (form == null || !reasonAtFault || !Boolean.TRUE.equals(page.getModel().get(form.shownFlag()))) {
            return page;
        }
        page.addObject("problem", null);
        page.addObject("reasonError", Map.of(form.id(), new ReasonError(form.id(), refused.getMessage(),
                reason == null ? "" : reason)));
        return page;
    }
}
