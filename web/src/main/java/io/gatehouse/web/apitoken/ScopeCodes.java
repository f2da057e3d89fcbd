package io.gatehouse.web.apitoken;

import io.gatehouse.account.ApiScope;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * Every value is the code of a scope there is. Which of them the account's roles allow is not a question of shape:
 * the command answers it, with the roles the account holds when the token is made.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ScopeCodes.Validator.class)
public @interface ScopeCodes {

    String message() default "Choose scopes from the list.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ScopeCodes, List<String>> {
        @Override
        public boolean isValid(List<String> codes, ConstraintValidatorContext context) {
            return codes == null || codes.stream().allMatch(code -> code != null && ApiScope.ofCode(code).isPresent());
        }
    }
}
