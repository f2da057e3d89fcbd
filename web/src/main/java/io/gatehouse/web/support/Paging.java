package io.gatehouse.web.support;

import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Map;

/**
 * The "page 2 of 7, previous, next" strip under a long list, with links that keep the list's filters.
 */
public record Paging(int number, int totalPages, long totalElements, String previousUrl, String nextUrl,
                     boolean moreThan) {

    public static Paging of(Page<?> page, String path, Map<String, String> filters) {
        int number = page.getNumber();
        String previous = page.hasPrevious() ? link(path, filters, number - 1) : null;
        String next = page.hasNext() ? link(path, filters, number + 1) : null;
        return new Paging(number + 1, Math.max(page.getTotalPages(), 1), page.getTotalElements(), previous, next, false);
    }

    /**
     * A list that counted its rows only up to {@code total} when {@code moreThan}: it says "more than" and gives
     * no number of pages; whether there is a next page is known from the page itself.
     */
    public static Paging of(int page, int pageSize, boolean hasNext, long total, boolean moreThan, String path,
                            Map<String, String> filters) {
        String previous = page > 0 ? link(path, filters, page - 1) : null;
        String next = hasNext ? link(path, filters, page + 1) : null;
        int pages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        return new Paging(page + 1, moreThan ? Math.max(pages, page + 1) : pages, total, previous, next, moreThan);
    }

    public boolean isMultiple() {
        return totalPages > 1 || moreThan;
    }

    /** "Page 2 of 7", or "Page 2" when the count stopped short. */
    public String position() {
        return moreThan ? "Page " + number : "Page " + number + " of " + totalPages;
    }

    /** "23", or "more than 10000". */
    public String inAll() {
        return moreThan ? "more than " + totalElements : String.valueOf(totalElements);
    }

    private static String link(String path, Map<String, String> filters, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        filters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                uri.queryParam(name, value);
            }
        });
        return uri.queryParam("page", page).encode().build().toUriString();
    }
}
