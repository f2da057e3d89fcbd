package io.gatehouse.web.support;

/**
 * Input one named field cannot take. A page that has the field shows {@link #advice()} next to it; anywhere
 * else (a download, an error page) the message names the field.
 */
public class FieldException extends BadRequestException {

    private final String field;
    private final String advice;

    public FieldException(String field, String advice) {
        super("\u201c" + field + "\u201d: " + advice);
        this.field = field;
        this.advice = advice;
    }

    public String field() {
        return field;
    }

    /** What to do about it, without the field's name: e.g. "Enter a date and time like …". */
    public String advice() {
        return advice;
    }
}
