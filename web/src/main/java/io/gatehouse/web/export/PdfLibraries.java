package io.gatehouse.web.export;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;

/**
 * Settings of the two PDF libraries, made once per JVM (both keep them in static fields).
 * <ul>
 * <li>PDFBox looks for a font program for every base font it meets (openhtmltopdf registers all fourteen), and to
 * find one scans the machine's font folders and writes a cache file into the home directory: the output would
 * depend on the fonts installed, and the first export would pay for the scan. Here every such look-up is answered
 * with the one font the export embeds, so nothing is read from the machine and nothing is written.</li>
 * <li>openhtmltopdf prints several INFO lines per document to standard error through its own logger; they go
 * to SLF4J instead, its INFO as DEBUG.</li>
 * </ul>
 */
final class PdfLibraries {

    private static final Logger log = LoggerFactory.getLogger("com.openhtmltopdf");

    private PdfLibraries() {
    }

    static synchronized void configure(byte[] fontFile) {
        // "not a fallback": it is the font meant, and PDFBox would log a warning per base font otherwise
        TrueTypeFont font = parse(fontFile);
        FontMappers.set(new FontMapper() {
            @Override
            public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
                return new FontMapping<>(font, false);
            }

            @Override
            public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
                return new FontMapping<>(font, false);
            }

            @Override
            public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo info) {
                return new CIDFontMapping(null, font, false);
            }
        });
        XRLog.setLoggerImpl(new Slf4jLogger());
    }

    private static TrueTypeFont parse(byte[] font) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(font));
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded font cannot be read", e);
        }
    }

    private static final class Slf4jLogger implements XRLogger {

        @Override
        public void log(String where, Level level, String message) {
            log(where, level, message, null);
        }

        @Override
        public void log(String where, Level level, String message, Throwable error) {
            if (level.intValue() >= Level.SEVERE.intValue()) {
                log.error("{}: {}", where, message, error);
            } else if (level.intValue() >= Level.WARNING.intValue()) {
                log.warn("{}: {}", where, message, error);
            } else if (log.isDebugEnabled()) {
                log.debug("{}: {}", where, message, error);
            }
        }

        @Override
        public void setLevel(String logger, Level level) {
            // levels are the logging configuration's business
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            Level level = diagnostic.getLevel();
            return level.intValue() >= Level.WARNING.intValue() || log.isDebugEnabled();
        }
    }
}
