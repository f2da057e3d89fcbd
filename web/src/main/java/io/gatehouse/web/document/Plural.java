package io.gatehouse.web.document;

/** Counted nouns for the document pages: "1 document", "2 documents", never "1 documents". */
public final class Plural {

    private Plural() {
    }

    public static String noun(long count, String one, String many) {
        return count == 1 ? one : many;
    }

    public static String documents(long count) {
        return noun(count, "document", "documents");
    }
}
