package io.gatehouse.web.support;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import java.net.URI;

/**
 * Renders errors that never reached a controller (security's 403 and 404, the container's own) with the
 * same page as the rest. Never shows a stack trace or an exception's message.
 */
@Controller
class ErrorPageController implements ErrorController {

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Asked for directly, /error is just a page that does not exist.
        int status = code instanceof Integer value ? value : 404;
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri && uri.startsWith("/api/")) {
            return apiProblem(status, uri);
        }
        boolean formExpired = Boolean.TRUE.equals(request.getAttribute(ErrorPages.FORM_EXPIRED));
        return ErrorPages.page(status, formExpired ? ErrorPages.FORM_EXPIRED_MESSAGE : null);
    }

    /** The API's clients read JSON: the same answer as a problem document, in words a page would use. */
    private static ResponseEntity<ProblemDetail> apiProblem(int status, String uri) {
        HttpStatus known = HttpStatus.resolve(status);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known,
                switch (status) {
                    case 404 -> "Nothing is here.";
                    case 405 -> "This address does not take that method.";
                    case 400 -> "The request cannot be understood.";
                    default -> known == null ? "The request failed." : known.getReasonPhrase() + ".";
                });
        problem.setInstance(URI.create(uri));
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
