package io.gatehouse.web.support;

import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Map;

/**
 * The "page 2 of 7, previous, next" strip under a long list, with links that keep the list's filters.
 */
public record Paging(int number, int totalPages, long totalElements, String previousUrl, String nextUrl) {

    public static Paging of(Page<?> page, String path, Map<String, String> filters) {
        int number = page.getNumber();
        String previous = page.hasPrevious() ? link(path, filters, number - 1) : null;
        String next = page.hasNext() ? link(path, filters, number + 1) : null;
        return new Paging(number + 1, Math.max(page.getTotalPages(), 1), page.getTotalElements(), previous, next);
    }

    public boolean isMultiple() {
        return totalPages > 1;
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
