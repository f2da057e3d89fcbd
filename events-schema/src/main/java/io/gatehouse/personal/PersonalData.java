package io.gatehouse.personal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record component of an event that holds personal data. It is stored encrypted with the key of the
 * subject named by {@link #owner()}, and reads as null once that key is destroyed. When the owner is not a
 * person (the system, an unknown address), the value is stored as it is.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface PersonalData {

    /** The component holding the id of the subject whose key encrypts the value: an account or a document. */
    String owner() default "accountId";

    /**
     * The component holding the person a new subject's key belongs to, whose erasure destroys it; empty when
     * the owner is that person. A document's key belongs to its sponsor.
     */
    String person() default "";
}
