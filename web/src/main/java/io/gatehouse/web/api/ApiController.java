package io.gatehouse.web.api;

import org.springframework.core.annotation.AliasFor;
import org.springframework.web.bind.annotation.RestController;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller of the JSON API: its refusals are problem documents ({@link ApiProblems}), never the HTML
 * error pages the site's own controllers get.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RestController
public @interface ApiController {

    @AliasFor(annotation = RestController.class)
    String value() default "";
}
