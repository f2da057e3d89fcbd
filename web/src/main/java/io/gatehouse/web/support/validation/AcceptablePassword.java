package io.gatehouse.web.support.validation;

import io.gatehouse.command.account.PasswordPolicy;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;

/**
 * A {@link NewPassword} form whose password {@link PasswordPolicy} accepts for its owner, typed the same
 * twice. Each problem is reported on the field it concerns.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AcceptablePassword.Validator.class)
public @interface AcceptablePassword {

    String message() default "Choose another password.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<AcceptablePassword, NewPassword> {
        @Override
        public boolean isValid(NewPassword form, ConstraintValidatorContext context) {
            Optional<String> problem = PasswordPolicy.problem(form.password(), form.ownerEmail(), form.ownerName());
            context.disableDefaultConstraintViolation();
            if (problem.isPresent()) {
                context.buildConstraintViolationWithTemplate(ValidEmail.Validator.escape(problem.get()))
                        .addPropertyNode(form.passwordField()).addConstraintViolation();
                return false;
            }
            if (!String.valueOf(form.password()).equals(String.valueOf(form.confirmation()))) {
                context.buildConstraintViolationWithTemplate("The two passwords do not match.")
                        .addPropertyNode("confirmPassword").addConstraintViolation();
                return false;
            }
            return true;
        }
    }
}
