package io.gatehouse.web.sessions;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * A request made with a session that was ended for its owner (suspended, rejected, password reset ...) is
 * answered with a page that says so and why, whatever it asked for, and nothing it sent is acted on.
 * Only a session id that no longer exists costs a look-up.
 */
public class EndedSessionFilter extends OncePerRequestFilter {

    static final String ENDING = EndedSessionFilter.class.getName() + ".ending";

    private final EndedSessions endedSessions;

    public EndedSessionFilter(EndedSessions endedSessions) {
        this.endedSessions = endedSessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requested = request.getRequestedSessionId();
        if (requested != null && !request.isRequestedSessionIdValid()) {
            var ending = endedSessions.take(requested);
            if (ending.isPresent()) {
                request.setAttribute(ENDING, ending.get());
                request.getRequestDispatcher(SessionEndedController.PATH).forward(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
