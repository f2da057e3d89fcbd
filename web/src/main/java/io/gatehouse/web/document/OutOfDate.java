package io.gatehouse.web.document;

import java.util.List;

/**
 * What changed between the version a person's page was opened at and the document as it is now: who acted
 * and when, the title then and now, and the body as a line diff with long unchanged stretches left out.
 */
public record OutOfDate(List<Change> changes, boolean titleChanged, String titleThen, String titleNow,
                        boolean bodyChanged, List<LineDiff.Line> bodyDiff) {

    /** One act since the page was opened; {@code iso} and {@code time} are the instant for machines and people. */
    public record Change(String what, String who, String iso, String time) {
    }
}
