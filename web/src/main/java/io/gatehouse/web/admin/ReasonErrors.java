package io.gatehouse.web.admin;

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
 * the message under it and what was typed kept, instead of at the top of the page where nobody looks.
 */
final class ReasonErrors {

    private ReasonErrors() {
    }

    /** The reason field of one action form in error; {@code form} is the prefix of its textarea's id. */
    record ReasonError(String form, String message, String typed) {
    }

    static ModelAndView placeAtForm(ModelAndView page, Object command, CommandRefusedException refused) {
        if (refused.kind() == CommandRefusedException.Kind.CONFLICT) {
            return page;
        }
        String form = formOf(command);
        String reason = reasonOf(command);
        boolean reasonAtFault = reason == null || reason.isBlank() || reason.strip().length() > Reasons.MAX_LENGTH;
        if (form == null || !reasonAtFault) {
            return page;
        }
        page.addObject("problem", null);
        page.addObject("reasonError", Map.of(form, new ReasonError(form, refused.getMessage(),
                reason == null ? "" : reason)));
        return page;
    }

    private static String formOf(Object command) {
        if (command instanceof ApproveAccount) {
            return "approve";
        } else if (command instanceof RejectAccount) {
            return "reject";
        } else if (command instanceof SuspendAccount) {
            return "suspend";
        } else if (command instanceof ReinstateAccount) {
            return "reinstate";
        } else if (command instanceof GrantRole) {
            return "grant";
        } else if (command instanceof RevokeRole) {
            return "revoke";
        } else if (command instanceof ResetSecondFactor) {
            return "mfa";
        } else if (command instanceof EraseAccount) {
            return "erase";
        }
        return null;
    }

    private static String reasonOf(Object command) {
        if (command instanceof ApproveAccount c) {
            return c.reason();
        } else if (command instanceof RejectAccount c) {
            return c.reason();
        } else if (command instanceof SuspendAccount c) {
            return c.reason();
        } else if (command instanceof ReinstateAccount c) {
            return c.reason();
        } else if (command instanceof GrantRole c) {
            return c.reason();
        } else if (command instanceof RevokeRole c) {
            return c.reason();
        } else if (command instanceof ResetSecondFactor c) {
            return c.reason();
        } else if (command instanceof EraseAccount c) {
            return c.reason();
        }
        return null;
    }
}
