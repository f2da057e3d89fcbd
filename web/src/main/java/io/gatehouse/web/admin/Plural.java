package io.gatehouse.web.admin;

/** "1 request", "2 requests": counts on admin pages read as English. */
final class Plural {

    private Plural() {
    }

    /** The count and the noun, with an s unless the count is one ("sign-ups" and "sign-up" alike). */
    static String of(long count, String plural) {
        String noun = count == 1 && plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
        return count + " " + noun;
    }
}
