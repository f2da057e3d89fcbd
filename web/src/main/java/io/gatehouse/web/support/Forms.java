package io.gatehouse.web.support;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a form's template needs from its {@link BindingResult}: one message per field, the first found. */
public final class Forms {

    private Forms() {
    }

    public static Map<String, String> errors(BindingResult result) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : result.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), error.getDefaultMessage());
        }
        result.getGlobalErrors().forEach(error -> errors.putIfAbsent("form", error.getDefaultMessage()));
        return errors;
    }
}
