package io.gatehouse.verifier;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a bundle file; anything that is not a well-formed bundle is a {@link Unreadable} saying why. */
public final class BundleReader {

    /** The file cannot be read as a bundle at all. */
    public static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    private BundleReader() {
    }

    public static Bundle read(Path file) throws Unreadable {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new Unreadable("cannot read " + file + ": " + e.getMessage());
        }
    }

    public static Bundle read(InputStream in) throws Unreadable {
        Object tree;
        try (JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), in)) {
            parser.nextToken();
            tree = value(parser);
            if (parser.nextToken() != null) {
                throw new Unreadable("not a bundle: text after the JSON document");
            }
        } catch (JacksonException e) {
            throw new Unreadable("not a bundle: malformed JSON (" + e.getOriginalMessage() + ")");
        }
        try {
            return bundle(object(tree, "the file"));
        } catch (ClassCastException | NullPointerException | IllegalArgumentException | DateTimeParseException e) {
            throw new Unreadable("not a bundle: " + (e.getMessage() == null ? "a field is missing or of the wrong kind" : e.getMessage()));
        }
    }

    private static Bundle bundle(Map<String, Object> m) throws Unreadable {
        if (!Bundle.FORMAT.equals(m.get("format"))) {
            throw new Unreadable("not a bundle of format " + Bundle.FORMAT + " (format: " + m.get("format") + ")");
        }
        Map<String, Object> preceding = object(m.get("preceding"), "preceding");
        Bundle.Header header = new Bundle.Header((String) m.get("format"), (String) m.get("exportedAt"),
                (String) m.get("from"), (String) m.get("to"), Ed25519.parse(text(m, "publicKey")),
                number(preceding, "position"), bytes(preceding, "link"), number(preceding, "count"));
        List<ChainCheck.Entry> entries = new ArrayList<>();
        for (Object o : list(m, "entries")) {
            Map<String, Object> e = object(o, "an entry");
            long position = number(e, "position");
            entries.add(new ChainCheck.Entry(position, event(position, e.get("event")), bytes(e, "rowHash"), bytes(e, "link")));
        }
        List<Bundle.Record> tail = new ArrayList<>();
        for (Object o : list(m, "tail")) {
            Map<String, Object> r = object(o, "a tail record");
            tail.add(new Bundle.Record(number(r, "position"), bytes(r, "rowHash"), bytes(r, "link")));
        }
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (Object o : list(m, "checkpoints")) {
            Map<String, Object> c = object(o, "a checkpoint");
            checkpoints.add(new Checkpoint(number(c, "position"), number(c, "count"), bytes(c, "link"),
                    Instant.parse(text(c, "sealedAt")), text(c, "keyId"), bytes(c, "signature")));
        }
        return new Bundle(header, entries, tail, checkpoints, number(m, "unsealed"), bytes(m, "signature"));
    }

    private static StoredEvent event(long position, Object value) {
        if (value == null) {
            return null;
        }
        Map<String, Object> e = object(value, "an event");
        return new StoredEvent(position, text(e, "eventIdentifier"), text(e, "aggregateIdentifier"),
                number(e, "sequenceNumber"), (String) e.get("type"), text(e, "timeStamp"), text(e, "payloadType"),
                (String) e.get("payloadRevision"), bytes(e, "payload"), bytes(e, "metaData"));
    }

    private static Object value(JsonParser p) throws Unreadable {
        JsonToken token = p.currentToken();
        if (token == null) {
            throw new Unreadable("not a bundle: the file is empty");
        }
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    map.put(name, value(p));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(p));
                }
                return list;
            }
            case VALUE_STRING -> {
                return p.getString();
            }
            case VALUE_NUMBER_INT -> {
                return p.getLongValue();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new Unreadable("not a bundle: unexpected " + token);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String what) {
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException(what + " is not a JSON object");
        }
        return (Map<String, Object>) value;
    }

    private static List<?> list(Map<String, Object> m, String name) {
        if (!(m.get(name) instanceof List<?> list)) {
            throw new IllegalArgumentException("\"" + name + "\" is not a list");
        }
        return list;
    }

    private static String text(Map<String, Object> m, String name) {
        if (!(m.get(name) instanceof String s)) {
            throw new IllegalArgumentException("\"" + name + "\" is missing");
        }
        return s;
    }

    private static long number(Map<String, Object> m, String name) {
        if (!(m.get(name) instanceof Long n)) {
            throw new IllegalArgumentException("\"" + name + "\" is not a whole number");
        }
        return n;
    }

    private static byte[] bytes(Map<String, Object> m, String name) {
        Object value = m.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s)) {
            throw new IllegalArgumentException("\"" + name + "\" is not base64 text");
        }
        try {
            return Base64.getDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + name + "\" is not valid base64");
        }
    }
}
