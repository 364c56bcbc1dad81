package org.junheng.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One headless Chromium pointed at the served demo site, with the few moves the tests make. */
final class Browser implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChromeDriver driver;
    private final URI site;
    private final boolean javaScript;

    Browser(URI site, boolean javaScript) {
        this.site = site;
        this.javaScript = javaScript;
        this.driver = Chromium.start(javaScript);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    ChromeDriver driver() {
        return driver;
    }

    URI site() {
        return site;
    }

    boolean javaScript() {
        return javaScript;
    }

    /** Loads a page of the site, given by its path relative to the site's root, and waits until it has loaded. */
    Browser open(String path) {
        driver.get(site.resolve(path).toString());
        return this;
    }

    WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    List<WebElement> findAll(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    /** Selects what is in the box and types over it, as a person does; each key is an input event. */
    static void retype(WebElement box, String text) {
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        if (!text.isEmpty()) {
            box.sendKeys(text);
        }
    }

    /** Waits until the condition holds; the page's scripts react to events, not at once. */
    <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition);
    }

    /** Lays the page out as a device of this size would: a phone for narrow widths, a desktop otherwise. */
    Browser viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 768));
        return this;
    }

    /** Back to the window's own size, as the browser started. */
    Browser defaultViewport() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        return this;
    }

    /** How wide the page is laid out, in CSS pixels: wider than the viewport means it scrolls sideways. */
    long pageWidth() {
        return (Long) driver.executeScript("return document.documentElement.scrollWidth;");
    }

    void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every address the browser has requested since the last call, in order; not the browser's own
     * {@code chrome://} resources, which a busy machine's Chromium sometimes logs (a favicon, an icon
     * of its own pages) and which never leave it.
     */
    List<URI> requests() {
        List<URI> requests = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = read(entry.getMessage()).path("message");
            if ("Network.requestWillBeSent".equals(message.path("method").asText())) {
                URI address = URI.create(message.path("params").path("request").path("url").asText());
                if (!"chrome".equals(address.getScheme())) {
                    requests.add(address);
                }
            }
        }
        return requests;
    }

    /** What the pages have written to the console since the last call, warnings and errors only. */
    List<String> consoleProblems() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage).toList();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
