package io.gatehouse.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One person at a headless {@link Chromium}: they open pages, fill in forms and follow links, and after every
 * page that loads, {@link #check()} holds the page to {@link PageChecks}.
 */
public final class Chrome {

    private final ChromeDriver driver;
    private final Path profile;
    private final WebDriverWait wait;
    private final String base;
    private Viewport viewport = Viewport.DESKTOP;
    private Integer expectedStatus;
    private boolean statusRequired;

    private Chrome(Path profile, String base) {
        this.profile = profile;
        this.driver = Chromium.launch(profile);
        this.base = base;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    static Chrome start(String base) {
        return new Chrome(Chromium.newProfile(), base);
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

    /** Types an address into the address bar: a path of the app, or a whole URL. */
    public Chrome open(String pathOrUrl) {
        driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
        return check();
    }

    /** Clicks a link or a submit button and waits for the page it leads to. */
    public Chrome click(By target) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(target));
        // The page being left is marked; the next one is loaded once the document in the window has no mark.
        // (Asking whether the old <html> went stale can fail with "node does not belong to the document" while
        // Chromium tears it down, so the question is asked of whatever document is there, and asked again.)
        String mark = UUID.randomUUID().toString();
        driver.executeScript("document.documentElement.setAttribute('data-left-by-test', arguments[0])", mark);
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class).until(d ->
                !mark.equals(driver.executeScript("return document.documentElement.getAttribute('data-left-by-test')"))
                        && "complete".equals(driver.executeScript("return document.readyState")));
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
        Integer status = expectedStatus;
        expectedStatus = null;
        List<String> severe = PageChecks.consoleErrors(driver, url, status, statusRequired);
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
        Chromium.deleteProfile(profile);
    }
}
