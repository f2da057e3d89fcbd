package io.gatehouse.web.export;

import io.gatehouse.personal.Erased;
import io.gatehouse.query.document.DocumentView;

import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.function.Function;

/**
 * What a document's PDF shows, as plain text: the template escapes every value. Characters XML cannot carry (most
 * control characters) are dropped here, so no title a person typed can make the renderer's XML parser fail.
 */
public record DocumentPdf(String title, String body, String sponsorName, String editorName, long version,
                          String savedAt, String exportedAt) {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_FILE_NAME = 60;

    public DocumentPdf {
        title = xmlSafe(title);
        body = xmlSafe(body);
        sponsorName = xmlSafe(sponsorName);
        editorName = xmlSafe(editorName);
    }

    /** {@code names} says how a person is named in the PDF (their display name, or that they were erased). */
    static DocumentPdf of(DocumentView document, Function<UUID, String> names, Instant exportedAt) {
        return new DocumentPdf(Erased.orLabel(document.getTitle()), document.getBody(),
                names.apply(document.getSponsorId()), names.apply(document.getEditorId()), document.getVersion(),
                UTC.format(document.getUpdatedAt()), UTC.format(exportedAt));
    }

    /** The title as a file name any system accepts: ASCII letters, digits, '.', '_' and '-', never empty. */
    public String fileName() {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String safe = ascii.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("^[-.]+|[-.]+$", "");
        if (safe.length() > MAX_FILE_NAME) {
            safe = safe.substring(0, MAX_FILE_NAME).replaceAll("[-.]+$", "");
        }
        return (safe.isEmpty() ? "document" : safe) + ".pdf";
    }

    /** Drops what XML 1.0 cannot hold: control characters other than tab and line breaks, lone surrogates, U+FFFE/F. */
    static String xmlSafe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(DocumentPdf::allowedInXml).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
