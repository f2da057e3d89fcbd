package io.gatehouse.web.support;

import io.gatehouse.command.CommandRefusedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import javax.sql.DataSource;
import java.io.IOException;
import java.util.UUID;

/**
 * Turns what a controller throws into the contract's answers: 400 for input that makes no sense, 404 for
 * what does not exist, 409 for an act the account's state refuses or a concurrent change that lost, and a
 * logged 500 for our own faults. Commands come back through Axon, which may wrap the cause; the chain is
 * searched for it.
 */
@ControllerAdvice
class ExceptionPages {

    private static final Logger log = LoggerFactory.getLogger(ExceptionPages.class);

    private final DataSource database;

    ExceptionPages(DataSource database) {
        this.database = database;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return ErrorPages.page(404, e.getMessage());
    }

    @ExceptionHandler(BadRequestException.class)
    ModelAndView badRequest(BadRequestException e) {
        return ErrorPages.page(400, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e) {
        boolean pathId = e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class);
        return pathId ? ErrorPages.page(404, null)
                : ErrorPages.page(400, "The value of \u201c" + e.getName() + "\u201d is not valid.");
    }

    @ExceptionHandler(Exception.class)
    ModelAndView anything(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (DatabaseUnavailable.causedBy(e, database)) {
            log.warn("Database unreachable: answered 503 to {} {} ({})", request.getMethod(), request.getRequestURI(),
                    e.toString());
            DatabaseUnavailableFilter.answer(request, response);
            return new ModelAndView();
        }
        CommandRefusedException refused = find(e, CommandRefusedException.class);
        if (refused != null) {
            return ErrorPages.page(Web.statusOf(refused).value(), refused.getMessage());
        }
        if (find(e, RequestRejectedException.class) != null) {
            // the firewall refused a parameter (a NUL) when the controller first read it
            return ErrorPages.page(400, "The request contained characters that cannot be accepted.");
        }
        if (find(e, InvalidPropertyException.class) != null) {
            // a form field named past what binding accepts, such as a list index over its limit: hand-written
            return ErrorPages.page(400, "The request contained a field that cannot be accepted.");
        }
        if (find(e, AggregateNotFoundException.class) != null) {
            return ErrorPages.page(404, null);
        }
        if (find(e, ConcurrencyException.class) != null) {
            return ErrorPages.page(409, "Someone else changed this at the same moment. Reload the page and try again.");
        }
        if (e instanceof ErrorResponse errorResponse) {
            if (request.getRequestURI().startsWith("/api/")) {
                // no API controller was reached (unknown path, wrong method): /error answers with a problem document
                response.sendError(errorResponse.getStatusCode().value());
                return new ModelAndView();
            }
            return ErrorPages.page(errorResponse.getStatusCode().value(), null);
        }
        String errorId = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unhandled error {}", errorId, e);
        return ErrorPages.page(500, "The error has been logged with reference " + errorId
                + ". Please try again in a moment.");
    }

    static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
