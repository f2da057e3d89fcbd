package io.gatehouse.it.browser;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * Starts Debian's Chromium, headless, through Debian's chromedriver, both named explicitly so that Selenium
 * Manager never looks for a browser on the internet; each with a fresh profile, deleted when it quits.
 */
final class Chromium {

    static final File BROWSER = new File("/usr/bin/chromium");
    static final File DRIVER = new File("/usr/bin/chromedriver");

    private Chromium() {
    }

    static ChromeDriver launch(Path profile) {
        if (!BROWSER.canExecute() || !DRIVER.canExecute()) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver (.ci/run does this when they are missing)");
        }
        ChromeOptions options = new ChromeOptions().setBinary(BROWSER);
        // no scrollbars: a phone's overlay scrollbars take no width, and a 390 px viewport should be 390 px of page
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--hide-scrollbars", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // a reader outside UTC, so the pages' script has a local time to add next to each UTC time
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                .withEnvironment(Map.of("TZ", READER_ZONE)).build();
        return new ChromeDriver(service, options);
    }

    /** The time zone the browser's reader lives in. */
    static final String READER_ZONE = "Europe/Berlin";

    static Path newProfile() {
        try {
            return Files.createTempDirectory("gatehouse-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteProfile(Path profile) {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
