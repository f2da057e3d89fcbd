package io.gatehouse.web.sessions;

import io.gatehouse.account.AccountErased;
import io.gatehouse.account.AccountEvent;
import io.gatehouse.account.AccountRejected;
import io.gatehouse.account.AccountSuspended;
import io.gatehouse.account.PasswordReset;
import io.gatehouse.account.RequestWithdrawn;
import io.gatehouse.account.SecondFactorReset;
import io.gatehouse.signin.SessionEndCause;
import io.gatehouse.signin.SessionEnded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Ends every session of an account that is suspended, rejected or withdrawn by its owner, or whose password or
 * second factor was reset, on every node. Each ending is recorded with the act that caused it, in its transaction; the
 * sessions are deleted once that has committed, so a refused command ends nobody's session. The
 * per-request check would keep a suspended person out anyway; this makes them sign in again even to see
 * their status page, and tells them why at their next request.
 */
@Component
@ProcessingGroup("session-terminator")
class SessionTerminator {

    private final EndedSessions endedSessions;
    private final EventGateway events;

    SessionTerminator(EndedSessions endedSessions, EventGateway events) {
        this.endedSessions = endedSessions;
        this.events = events;
    }

    @EventHandler
    void on(AccountSuspended event) {
        endAll(event, SessionEndCause.ACCOUNT_SUSPENDED);
    }

    @EventHandler
    void on(AccountRejected event) {
        endAll(event, SessionEndCause.ACCOUNT_REJECTED);
    }

    @EventHandler
    void on(PasswordReset event) {
        endAll(event, SessionEndCause.PASSWORD_RESET);
    }

    @EventHandler
    void on(AccountErased event) {
        endAll(event, SessionEndCause.ACCOUNT_ERASED);
    }

    @EventHandler
    void on(RequestWithdrawn event) {
        endAll(event, SessionEndCause.ACCOUNT_WITHDRAWN);
    }

    @EventHandler
    void on(SecondFactorReset event) {
        endAll(event, SessionEndCause.SECOND_FACTOR_RESET);
    }

    private void endAll(AccountEvent event, SessionEndCause cause) {
        List<? extends Session> ending = endedSessions.find(event.accountId(), session -> true);
        ending.forEach(session -> events.publish(cause == SessionEndCause.ACCOUNT_ERASED
                // recorded after the erasure, so nothing of the person's goes into it: not where, not which browser
                ? new SessionEnded(event.accountId(), cause, event.actorId(), event.clientAddress(), null, null)
                : EndedSessions.ended(session, event.accountId(), cause, event.actorId(), event.clientAddress())));
        Runnable remove = () -> endedSessions.remove(event.accountId(), ending, cause);
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> remove.run());
        } else {
            remove.run();
        }
    }
}
