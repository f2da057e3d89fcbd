package io.gatehouse.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * One person at a headless Chromium: they open pages, fill in forms and follow links, and after every page
 * that loads, {@link #check()} holds the page to {@link PageChecks}. Debian's browser and driver are named
 * explicitly, so Selenium Manager never looks for one on the internet.
 */
public final class Chrome {

    static final File BROWSER = new File("/usr/bin/chromium");
    static final File DRIVER = new File("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String base;
    private Viewport viewport = Viewport.DESKTOP;
    private Integer expectedStatus;
    private boolean statusRequired;

    private Chrome(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    static Chrome start(String base) {
        if (!BROWSER.canExecute() || !DRIVER.canExecute()) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver (.ci/run does this when they are missing)");
        }
        ChromeOptions options = new ChromeOptions().setBinary(BROWSER);
        try {
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--hide-scrollbars", "--user-data-dir=" + Files.createTempDirectory("gatehouse-chrome"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
        return new Chrome(new ChromeDriver(service, options), base);
    }

    /** Sizes the window so that the page itself gets exactly the viewport's width and height. */
    void resize(Viewport viewport) {
        this.viewport = viewport;
        driver.manage().window().setSize(new Dimension(viewport.width, viewport.height));
        @SuppressWarnings("unchecked")
        List<Long> inner = (List<Long>) driver.executeScript("return [window.innerWidth, window.innerHeight]");
        driver.manage().window().setSize(new Dimension(2 * viewport.width - inner.get(0).intValue(),
                2 * viewport.height - inner.get(1).intValue()));
    }

    /** A browser as if new: no cookies, no page, and nothing left in its console. */
    void forget() {
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        PageChecks.severeConsoleEntries(driver);
        expectedStatus = null;
    }

    public Viewport viewport() {
        return viewport;
    }

    /** Types an address into the address bar: a path of the app, or a whole URL. */
    public Chrome open(String pathOrUrl) {
        driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
        return check();
    }

    /** Clicks a link or a submit button and waits for the page it leads to. */
    public Chrome click(By target) {
        WebElement page = driver.findElement(By.tagName("html"));
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(target));
        element.click();
        wait.until(ExpectedConditions.stalenessOf(page));
        wait.until(d -> "complete".equals(driver.executeScript("return document.readyState")));
        return check();
    }

    public Chrome fill(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Picks the option whose text contains {@code text}. */
    public Chrome choose(String id, String text) {
        Select select = new Select(driver.findElement(By.id(id)));
        WebElement option = select.getOptions().stream().filter(o -> o.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No option containing '" + text + "' in #" + id));
        select.selectByVisibleText(option.getText());
        return this;
    }

    /** The next page this browser loads is to answer {@code status} (a 409, say); {@link #check()} insists on it. */
    public Chrome expectStatus(int status) {
        expectedStatus = status;
        statusRequired = true;
        return this;
    }

    /** The next page may answer {@code status} or a success: for a rule the contract leaves open ("400 or the form again"). */
    public Chrome allowStatus(int status) {
        expectedStatus = status;
        statusRequired = false;
        return this;
    }

    /**
     * Fails on the console's SEVERE entries since the last check and on anything wider than the viewport.
     * A page that answered an error status leaves a SEVERE entry about itself: required if it was expected.
     */
    public Chrome check() {
        String url = driver.getCurrentUrl();
        List<String> severe = new ArrayList<>(PageChecks.severeConsoleEntries(driver));
        if (expectedStatus != null) {
            int status = expectedStatus;
            expectedStatus = null;
            if (statusRequired) {
                awaitStatusEntry(url, status, severe);
            }
            severe.removeIf(entry -> PageChecks.isStatusOf(entry, url, status));
        }
        if (!severe.isEmpty()) {
            throw new AssertionError("The browser console has errors at " + url + " (" + viewport + "):\n  "
                    + String.join("\n  ", severe));
        }
        List<String> tooWide = PageChecks.tooWide(driver);
        if (!tooWide.isEmpty()) {
            throw new AssertionError("Too wide for " + viewport + " at " + url + ": " + String.join("; ", tooWide));
        }
        return this;
    }

    /** Only the console: for the end of a test, when a late entry (a failed load) may still have come in. */
    void checkConsole() {
        List<String> severe = PageChecks.severeConsoleEntries(driver);
        if (!severe.isEmpty()) {
            throw new AssertionError("The browser console logged errors after the last page check:\n  "
                    + String.join("\n  ", severe));
        }
    }

    private void awaitStatusEntry(String url, int status, List<String> severe) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> {
                severe.addAll(PageChecks.severeConsoleEntries(driver));
                return severe.stream().anyMatch(entry -> PageChecks.isStatusOf(entry, url, status));
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(url + " did not answer " + status + "; console: " + severe);
        }
    }

    public Chrome screenshot(String page) {
        driver.executeScript("window.scrollTo(0, 0)");
        Screenshots.save(driver, page, viewport);
        return this;
    }

    public WebElement find(By target) {
        return driver.findElement(target);
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Runs a script in the page, as the browser's developer console would: for the harness's self-tests. */
    Object script(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    void quit() {
        driver.quit();
    }
}
