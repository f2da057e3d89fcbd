package io.gatehouse.query;

/** Page numbers as people type them into a URL: negative means the first, absurdly large means past the end. */
public final class Pages {

    private Pages() {
    }

    /** A page number whose offset ({@code page * size}) still fits in an int, as Spring Data requires. */
    public static int clamp(int page, int size) {
        return Math.min(Math.max(page, 0), Integer.MAX_VALUE / size - 1);
    }
}
