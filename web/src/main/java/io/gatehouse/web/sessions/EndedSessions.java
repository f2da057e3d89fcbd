package io.gatehouse.web.sessions;

import io.gatehouse.command.account.Tokens;
import io.gatehouse.signin.SessionEndCause;
import io.gatehouse.signin.SessionEnded;
import io.gatehouse.web.security.SessionFacts;
import io.gatehouse.web.signin.SignInRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Ends an account's sessions on every instance (sessions are rows in PostgreSQL), records each ending, and
 * leaves a note under the session id's hash so that the next request made with it can be told why.
 */
@Component
public class EndedSessions {

    private static final Logger log = LoggerFactory.getLogger(EndedSessions.class);

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final JdbcTemplate jdbc;
    private final SignInRecorder recorder;

    EndedSessions(FindByIndexNameSessionRepository<? extends Session> sessions, JdbcTemplate jdbc,
                  SignInRecorder recorder) {
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.recorder = recorder;
    }

    /** The account's sessions, by session id. */
    public Map<String, ? extends Session> of(UUID accountId) {
        return sessions.findByPrincipalName(accountId.toString());
    }

    /** The account's sessions for which {@code which} holds. */
    List<? extends Session> find(UUID accountId, Predicate<Session> which) {
        return of(accountId).values().stream().filter(which).toList();
    }

    /** Ends every session of the account for which {@code which} holds and records each; returns how many. */
    public int end(UUID accountId, Predicate<Session> which, SessionEndCause cause, String actorId, String clientAddress) {
        List<? extends Session> ending = find(accountId, which);
        remove(accountId, ending, cause);
        ending.forEach(session -> recorder.record(ended(session, accountId, cause, actorId, clientAddress)));
        return ending.size();
    }

    /** All of the account's sessions but {@code keptSessionId}. */
    public int endAllBut(UUID accountId, String keptSessionId, SessionEndCause cause, String actorId, String clientAddress) {
        return end(accountId, session -> !Objects.equals(session.getId(), keptSessionId), cause, actorId, clientAddress);
    }

    /** The record of one session's ending, for whoever publishes it. */
    static SessionEnded ended(Session session, UUID accountId, SessionEndCause cause, String actorId, String clientAddress) {
        return new SessionEnded(accountId, cause, actorId, clientAddress, SessionFacts.client(session),
                SessionFacts.browser(session));
    }

    /** Deletes the sessions and leaves the notes; the caller records the endings. */
    void remove(UUID accountId, List<? extends Session> ending, SessionEndCause cause) {
        for (Session session : ending) {
            jdbc.update("insert into ended_session (session_id_hash, account_id, cause) values (?, ?, ?)"
                    + " on conflict (session_id_hash) do nothing", hash(session.getId()), accountId, cause.name());
            sessions.deleteById(session.getId());
        }
        if (!ending.isEmpty()) {
            log.info("Ended {} session(s) of account {}: {}", ending.size(), accountId, cause);
        }
    }

    /** Why the session with this id was ended, if it was; told once. */
    Optional<Ending> take(String sessionId) {
        return jdbc.query("delete from ended_session where session_id_hash = ? returning account_id, cause",
                (rs, n) -> new Ending(rs.getObject(1, UUID.class), SessionEndCause.valueOf(rs.getString(2))),
                hash(sessionId)).stream().findFirst();
    }

    /** A note nobody came back for within a day is of no more use. */
    @Scheduled(fixedDelay = 1, timeUnit = TimeUnit.HOURS, initialDelay = 1)
    void forgetOldEndings() {
        jdbc.update("delete from ended_session where ended_at < now() - interval '1 day'");
    }

    /** Notes are filed under the session id's hash: the table gives no one a live session id. */
    private static String hash(String sessionId) {
        return Tokens.hash(sessionId);
    }

    record Ending(UUID accountId, SessionEndCause cause) {
    }
}
