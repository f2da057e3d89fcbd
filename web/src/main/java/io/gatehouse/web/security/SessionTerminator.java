package io.gatehouse.web.security;

import io.gatehouse.account.AccountEvent;
import io.gatehouse.account.AccountRejected;
import io.gatehouse.account.AccountSuspended;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every session of an account that is suspended or rejected, on every node (sessions are rows in
 * PostgreSQL). Runs once the command's transaction has committed: a refused command ends nobody's session.
 * The per-request check in {@link CurrentAccountFilter} would keep such a person out anyway; this makes
 * sure they have to sign in again to even see their status page.
 */
@Component
@ProcessingGroup("session-terminator")
class SessionTerminator {

    private static final Logger log = LoggerFactory.getLogger(SessionTerminator.class);

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    @EventHandler
    void on(AccountSuspended event) {
        afterCommit(event);
    }

    @EventHandler
    void on(AccountRejected event) {
        afterCommit(event);
    }

    private void afterCommit(AccountEvent event) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> endSessions(event));
        } else {
            endSessions(event);
        }
    }

    private void endSessions(AccountEvent event) {
        String principal = event.accountId().toString();
        var found = sessions.findByPrincipalName(principal);
        found.keySet().forEach(sessions::deleteById);
        log.info("Ended {} session(s) of account {} after {}", found.size(), principal,
                event.getClass().getSimpleName());
    }
}
