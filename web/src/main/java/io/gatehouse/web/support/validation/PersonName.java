package io.gatehouse.web.support.validation;

import io.gatehouse.command.account.AccountRegistrationHandler;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name a person goes by, wherever a form asks for it (sign-up, their own details): the command side's
 * limits, each with its own message.
 */
@NotBlank(message = "Enter your name.")
@Size(max = AccountRegistrationHandler.MAX_NAME,
        message = "Use at most " + AccountRegistrationHandler.MAX_NAME + " characters.")
@PlainText
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
public @interface PersonName {

    String message() default "Enter your name.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
