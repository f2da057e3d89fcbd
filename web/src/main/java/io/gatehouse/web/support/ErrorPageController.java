package io.gatehouse.web.support;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders errors that never reached a controller (security's 403 and 404, the container's own) with the
 * same page as the rest. Never shows a stack trace or an exception's message.
 */
@Controller
class ErrorPageController implements ErrorController {

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Asked for directly, /error is just a page that does not exist.
        int status = code instanceof Integer value ? value : 404;
        boolean formExpired = Boolean.TRUE.equals(request.getAttribute(ErrorPages.FORM_EXPIRED));
        return ErrorPages.page(status, formExpired ? ErrorPages.FORM_EXPIRED_MESSAGE : null);
    }
}
