package io.gatehouse.account;

/**
 * A command an admin sends about one account with a reason typed in a form: the page that refuses it for its
 * reason answers at that form. Commands are not stored, so this shape can change freely.
 */
public sealed interface AdminAct permits ApproveAccount, RejectAccount, SuspendAccount, ReinstateAccount, GrantRole,
        RevokeRole, ResetSecondFactor, EraseAccount, SetExportLimits, ClearExportLimits {

    String reason();
}
