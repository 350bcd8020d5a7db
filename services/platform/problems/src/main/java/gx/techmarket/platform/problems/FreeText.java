package gx.techmarket.platform.problems;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a request field as free text (a description, a reason, a plan): it may hold tab, line feed and carriage
 * return. Every other string is single-line (a title, a name, a code) and refuses every control character.
 * On a list of strings it applies to each element. Read by {@link StrictJson}'s string deserializer.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface FreeText {}
