package org.junheng.browser;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through its own chromedriver. The paths are given
 * explicitly so that Selenium never tries to download a browser or a driver. Without them a
 * developer's run skips the browser tests; in CI (the variable CI is set) that is a failure.
 */
final class Chromium {

    static final Path BROWSER = Path.of(System.getProperty("junheng.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("junheng.chromedriver", "/usr/bin/chromedriver"));

    private static final String MISSING = "Chromium or its driver is missing (" + BROWSER + ", " + DRIVER
            + "): install Debian's chromium and chromium-driver to run the browser tests";

    /**
     * Selenium 4.27 knows DevTools only up to Chromium 131 and says so at every start; the tests use
     * chromedriver's own commands, which do not depend on the browser's version. Held here because
     * java.util.logging keeps only weak references to its loggers.
     */
    private static final Logger SELENIUM = Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM.setLevel(Level.SEVERE);
    }

    private Chromium() {
    }

    /** Skips the calling test on a developer's machine without Chromium; fails in CI. */
    static void requireInstalled() {
        require(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER), System.getenv("CI") != null);
    }

    static void require(boolean installed, boolean inCi) {
        if (!installed && inCi) {
            throw new AssertionError(MISSING + " (CI is set, so this fails instead of skipping)");
        }
        Assumptions.assumeTrue(installed, MISSING + "; skipped");
    }

    /** A new browser, with JavaScript on or off, whose network requests can be read back. */
    static ChromeDriver start(boolean javaScript) {
        requireInstalled();
        Path profile = temporaryProfile();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--no-first-run", "--disable-quic",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=zh-CN", "--window-size=1280,800",
                // nothing may leave the machine even if a page asked for it; the network log still shows the attempt
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                "--user-data-dir=" + profile));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh",
                "profile.managed_default_content_settings.javascript", javaScript ? 1 : 2));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().withLogOutput(OutputStream.nullOutputStream())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(profile)));
        return driver;
    }

    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("junheng-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a leftover profile in the temporary folder harms nothing
        }
    }
}
