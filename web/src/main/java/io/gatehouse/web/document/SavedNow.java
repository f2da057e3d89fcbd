package io.gatehouse.web.document;

import io.gatehouse.personal.Erased;

import java.util.List;

/**
 * The document as it is saved now, shown whole when a save cannot say which version its page was opened from:
 * without it, the next save would replace text the person has never seen.
 */
public record SavedNow(String title, List<String> bodyLines) {

    static SavedNow of(String title, String body) {
        return new SavedNow(Erased.orLabel(title), List.of(LineDiff.lines(body)));
    }

    public boolean hasBody() {
        return !bodyLines.isEmpty();
    }
}
