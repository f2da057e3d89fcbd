package io.gatehouse.web.api;

import io.gatehouse.command.CommandRefusedException;
import io.gatehouse.web.support.BadRequestException;
import io.gatehouse.web.support.DatabaseUnavailable;
import io.gatehouse.web.support.FieldException;
import io.gatehouse.web.support.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What the API's controllers throw, as problem documents with the contract's statuses: the same refusals, in
 * the same words, as the pages give for the same input (both come from the commands). Spring MVC's own
 * failures (unreadable JSON, a wrong method) come through {@link ResponseEntityExceptionHandler}.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, HttpServletRequest request) {
        return ApiProblems.problem(HttpStatus.NOT_FOUND, e.getMessage() == null ? "Nothing is here." : e.getMessage(),
                request);
    }

    @ExceptionHandler(BadRequestException.class)
    ProblemDetail badRequest(BadRequestException e, HttpServletRequest request) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.BAD_REQUEST, e.getMessage(), request);
        if (e instanceof FieldException field) {
            problem.setProperty("errors", Map.of(field.field(), field.advice()));
        }
        return problem;
    }

    @ExceptionHandler(ApiForbiddenException.class)
    ProblemDetail forbidden(ApiForbiddenException e, HttpServletRequest request) {
        return ApiProblems.problem(HttpStatus.FORBIDDEN, e.getMessage(), request);
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    ProblemDetail preconditionRequired(PreconditionRequiredException e, HttpServletRequest request) {
        return ApiProblems.problem(HttpStatus.PRECONDITION_REQUIRED, e.getMessage(), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return ApiProblems.problem(HttpStatus.NOT_FOUND, "Nothing is here.", request);
        }
        // like every other bad parameter, named in errors for clients that show a message per field
        ProblemDetail problem = ApiProblems.problem(HttpStatus.BAD_REQUEST, "The value of \u201c" + e.getName()
                + "\u201d is not valid.", request);
        problem.setProperty("errors", Map.of(e.getName(), "This is not a valid value here."));
        return problem;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> anything(Exception e, HttpServletRequest request) {
        CommandRefusedException refused = find(e, CommandRefusedException.class);
        if (refused != null) {
            return refusal(refused, request);
        }
        if (find(e, AggregateNotFoundException.class) != null) {
            return answer(ApiProblems.problem(HttpStatus.NOT_FOUND, "Nothing is here.", request));
        }
        if (find(e, ConflictingModificationException.class) != null) {
            return answer(ApiProblems.problem(HttpStatus.PRECONDITION_FAILED, "It was changed since the version in "
                    + "If-Match; GET it again, and send the new ETag with your change.", request));
        }
        if (find(e, ConcurrencyException.class) != null) {
            return answer(ApiProblems.problem(HttpStatus.CONFLICT, "Someone else changed this at the same moment; "
                    + "try again.", request));
        }
        if (DatabaseUnavailable.causedBy(e)) {
            log.warn("Database unreachable: answered 503 to {} {}", request.getMethod(), request.getRequestURI());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "10")
                    .contentType(ApiProblems.PROBLEM).body(ApiProblems.problem(HttpStatus.SERVICE_UNAVAILABLE,
                            "The service cannot reach its database; try again shortly.", request));
        }
        String errorId = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unhandled API error {} on {} {}", errorId, request.getMethod(), request.getRequestURI(), e);
        return answer(ApiProblems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "The error has been logged with reference "
                + errorId + ".", request));
    }

    static ResponseEntity<ProblemDetail> refusal(CommandRefusedException refused, HttpServletRequest request) {
        boolean invalid = refused.kind() == CommandRefusedException.Kind.INVALID_INPUT;
        ProblemDetail problem = ApiProblems.problem(invalid ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT,
                refused.getMessage(), request);
        refused.field().ifPresent(field -> problem.setProperty("errors", Map.of(field, refused.getMessage())));
        return answer(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getBindingResult().getFieldErrors().forEach(error -> errors.putIfAbsent(error.getField(),
                error.getDefaultMessage()));
        ProblemDetail problem = e.getBody();
        problem.setDetail("The request has fields that cannot be accepted: " + String.join(", ", errors.keySet()) + ".");
        problem.setProperty("errors", errors);
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(ApiProblems.PROBLEM).body(problem);
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
