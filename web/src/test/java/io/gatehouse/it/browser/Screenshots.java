package io.gatehouse.it.browser;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where journeys keep pictures of the pages they pass, as {@code <page>-<width>.png}: {@code target/screenshots}, or
 * the directory given as {@code -Dgatehouse.screenshots.dir=…}, which is how the README's pictures are refreshed.
 */
final class Screenshots {

    static final String DIRECTORY_PROPERTY = "gatehouse.screenshots.dir";

    private Screenshots() {
    }

    static Path directory() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        return Path.of(configured == null || configured.isBlank() ? "target/screenshots" : configured);
    }

    static void save(TakesScreenshot driver, String page, Viewport viewport) {
        try {
            Path directory = Files.createDirectories(directory());
            Files.write(directory.resolve(page + "-" + viewport.width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
