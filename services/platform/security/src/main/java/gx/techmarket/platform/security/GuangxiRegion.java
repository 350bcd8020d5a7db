package gx.techmarket.platform.security;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** The annotated string is the GB/T 2260 code of Guangxi (450000) or one of its 14 cities. Null is valid. */
@Documented
@Constraint(validatedBy = GuangxiRegion.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface GuangxiRegion {

    String message() default "{gx.techmarket.platform.security.GuangxiRegion.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<GuangxiRegion, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || GuangxiRegions.isValid(value);
        }
    }
}
