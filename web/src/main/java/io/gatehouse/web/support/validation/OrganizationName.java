package io.gatehouse.web.support.validation;

import io.gatehouse.command.account.AccountRegistrationHandler;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The optional organization a person names (sign-up, their own details): the command side's limits. */
@Size(max = AccountRegistrationHandler.MAX_ORGANIZATION,
        message = "Use at most " + AccountRegistrationHandler.MAX_ORGANIZATION + " characters.")
@PlainText
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
public @interface OrganizationName {

    String message() default "Use at most " + AccountRegistrationHandler.MAX_ORGANIZATION + " characters.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
