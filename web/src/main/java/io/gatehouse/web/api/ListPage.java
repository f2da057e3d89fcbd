package io.gatehouse.web.api;

import java.util.List;

/** One page of a list: its items, and the cursor of the next page (null on the last one). */
public record ListPage<T>(List<T> items, String nextCursor) {
}
