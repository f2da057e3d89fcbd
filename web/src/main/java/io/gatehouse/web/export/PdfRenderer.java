package io.gatehouse.web.export;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Renders a {@link DocumentPdf} into PDF bytes: the XHTML template {@code templates/export/document.xhtml}, every
 * value escaped, laid out by openhtmltopdf on PDFBox. Nothing outside the template is ever fetched: the page names
 * no resource, and any URI the renderer would resolve (a stylesheet, an image, a font) is refused before and after
 * resolving, so a document can never make the server reach the network or its own files.
 * <p>
 * The base PDF fonts (Helvetica here) know only Western European letters: a name like "Łukasz" or a Greek title
 * would print as '#'. A document with such letters is set in Liberation Sans instead, which PDFBox carries in its
 * jar, embedded as a subset. Only then: measuring and subsetting it makes a page about four times as costly.
 */
@Component
public class PdfRenderer {

    static final String TEMPLATE = "templates/export/document.xhtml";
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String FONT_FAMILY = "Liberation Sans";
    private static final Charset BASE_FONT_LETTERS = Charset.forName("windows-1252");

    private final Template template;
    private final byte[] font;

    public PdfRenderer() {
        this.template = Mustache.compiler().escapeHTML(true).defaultValue("").emptyStringIsFalse(true)
                .compile(read(TEMPLATE));
        this.font = fontBytes();
        PdfLibraries.configure(font);
    }

    /** The PDF of one document. CPU-bound and holds no connection: callers bound how many run at once. */
    public byte[] render(DocumentPdf document) {
        String xhtml = template.execute(document);
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .withHtmlContent(xhtml, null)
                    .useUriResolver((base, uri) -> null)
                    .useExternalResourceAccessControl((uri, type) -> false,
                            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> false,
                            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .toStream(out);
            if (!fitsBaseFonts(document)) {
                builder.useFont(() -> new ByteArrayInputStream(font), FONT_FAMILY);
            }
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render a document as PDF", e);
        }
        return out.toByteArray();
    }

    private static boolean fitsBaseFonts(DocumentPdf document) {
        var encoder = BASE_FONT_LETTERS.newEncoder();
        return encoder.canEncode(document.title()) && encoder.canEncode(document.body())
                && encoder.canEncode(document.sponsorName()) && encoder.canEncode(document.editorName());
    }

    private static Reader read(String resource) {
        InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("No template " + resource);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static byte[] fontBytes() {
        try (InputStream in = PDDocument.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox no longer carries " + FONT);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
