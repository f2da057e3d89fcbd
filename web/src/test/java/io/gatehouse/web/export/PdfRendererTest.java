package io.gatehouse.web.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF as a reader's program sees it: parsed back with PDFBox, its text extracted. */
class PdfRendererTest {

    private static final PdfRenderer RENDERER = new PdfRenderer();

    private static DocumentPdf document(String title, String body) {
        return new DocumentPdf(title, body, "Ada Sponsor", "Łukasz Editor", 7, "2026-11-29 14:32 UTC",
                "2026-11-30 09:00 UTC");
    }

    @Test
    void renderedThenTheTitleBodyPeopleAndVersionAreInThePdf() throws IOException {
        byte[] pdf = RENDERER.render(document("Quarterly report", "First line.\nSecond line with ünïcödé and Ελληνικά."));

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("Quarterly report").contains("First line.").contains("Second line with ünïcödé and Ελληνικά.")
                .contains("Ada Sponsor").contains("Łukasz Editor").contains("Version 7, saved 2026-11-29 14:32 UTC");
    }

    @Test
    void markupInTheTitleAndBodyThenPrintedAsText() throws IOException {
        String title = "<script>alert(1)</script> & <b>bold</b>";
        String body = "<img src=\"http://127.0.0.1:9/x.png\"/> &amp; ]]> <!-- c --> <?pi?>";

        String text = text(RENDERER.render(document(title, body)));

        assertThat(text).contains("<script>alert(1)</script> & <b>bold</b>").contains(body);
    }

    @Test
    void charactersXmlCannotHoldThenDroppedNotFailing() throws IOException {
        String text = text(RENDERER.render(document("Bell\u0007 and NUL\u0000 in a title", "Form feed\u000c here \uFFFE")));

        assertThat(text).contains("Bell and NUL in a title").contains("Form feed here");
    }

    @Test
    void longestBodyWithoutASpaceOrOfBlankLinesThenRenderedOnPages() throws IOException {
        String word = "q".repeat(20_000);
        String lines = "\n".repeat(19_999) + "end";

        // broken across lines and pages, every letter printed
        assertThat(text(RENDERER.render(document("One long word", word))).chars().filter(c -> c == 'q').count())
                .isEqualTo(word.length());
        assertThat(text(RENDERER.render(document("Blank lines", lines)))).contains("end");
    }

    @Test
    void emptyBodyThenSaidSo() throws IOException {
        assertThat(text(RENDERER.render(document("Empty", "")))).contains("This document has no text.");
    }

    @Test
    void titleThenSafeFileName() {
        assertThat(document("Quarterly report: Q3/Q4 <draft>", "").fileName()).isEqualTo("Quarterly-report-Q3-Q4-draft.pdf");
        assertThat(document("Zoë's \"résumé\"", "").fileName()).isEqualTo("Zoe-s-resume.pdf");
        assertThat(document("../../etc/passwd", "").fileName()).isEqualTo("etc-passwd.pdf");
        assertThat(document("Ελληνικά", "").fileName()).isEqualTo("document.pdf");
        assertThat(document("x".repeat(200), "").fileName()).hasSize(64);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument parsed = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(parsed).replace("\r", "");
        }
    }
}
