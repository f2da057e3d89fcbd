package io.gatehouse.web.api;

import io.gatehouse.web.support.FieldException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * A list's place as clients carry it: opaque (URL-safe base64 of the place's own text), so clients follow it
 * rather than build one; anything that does not decode is a 400 on the {@code cursor} parameter.
 */
public final class Cursor {

    private Cursor() {
    }

    public static String encode(String place) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(place.getBytes(StandardCharsets.UTF_8));
    }

    /** The place's text, or null for no cursor. */
    public static String decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
    }

    /** A place in a list ordered by a time and then an id: where the lists here page by. */
    public record Place(Instant at, UUID id) {

        /** The cursor that starts after this place. */
        public String cursor() {
            return encode(at + " " + id);
        }
    }

    /** The place a cursor stands for, or null for none; anything else is a 400 on {@code cursor}. */
    public static Place place(String cursor) {
        String place = decode(cursor);
        if (place == null) {
            return null;
        }
        String[] parts = place.split(" ");
        try {
            if (parts.length != 2) {
                throw invalid();
            }
            return new Place(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (DateTimeParseException | IllegalArgumentException notAPlace) {
            throw invalid();
        }
    }

    public static FieldException invalid() {
        return new FieldException("cursor", "This is not a cursor this list gave out; start again without one.");
    }

    /** A page size between 1 and {@code max}, {@code fallback} when not given. */
    public static int limit(Integer limit, int fallback, int max) {
        if (limit == null) {
            return fallback;
        }
        if (limit < 1 || limit > max) {
            throw new FieldException("limit", "A page holds between 1 and " + max + " items.");
        }
        return limit;
    }
}
