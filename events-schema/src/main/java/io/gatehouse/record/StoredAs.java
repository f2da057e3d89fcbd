package io.gatehouse.record;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name an event type is stored under in the event store, instead of its class name: the class may
 * move or be renamed, the name may not. Unique among events (checked by a test in events-schema);
 * together with {@code @Revision} it names one stored shape.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface StoredAs {

    String value();
}
