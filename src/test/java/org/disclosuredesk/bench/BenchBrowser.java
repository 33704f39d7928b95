package org.disclosuredesk.bench;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * Debian's headless Chromium (the one {@code .ci/run} installs) for the browser benches, with Chromium's performance
 * log on (the DevTools network events, to tell when the network went idle) and Chrome DevTools commands for clearing
 * the HTTP cache. One browser = one user: its cookies keep it signed in between page loads.
 */
final class BenchBrowser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final ChromeDriver driver;
    private final String baseUrl;

    BenchBrowser(String baseUrl) {
        this.baseUrl = baseUrl;
        if (!new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("needs Debian's chromium and chromium-driver (apt-get install chromium "
                    + "chromium-driver; .ci/run and scripts/figures.sh install them)");
        }
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1440,1000", "--lang=zh-CN",
                    "--user-data-dir=" + Files.createTempDirectory("chromium-bench"));
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable("performance", Level.ALL);
            logs.enable("browser", Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    String baseUrl() {
        return baseUrl;
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    Object asyncJs(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    WebElement await(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /** Signs in through the real login form. */
    void login(String user, String password) {
        driver.get(baseUrl + "/login");
        WebElement form = await(By.tagName("vaadin-login-form"));
        await(By.cssSelector("input[name='username']")).sendKeys(user);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        form.findElement(By.cssSelector("vaadin-button[slot='submit'], button[type='submit']")).click();
        await(By.id("current-user"));
    }

    /** A first visit: nothing in the HTTP cache (the session cookie stays). */
    void clearHttpCache() {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
    }

    /** Drops the DevTools events logged so far. */
    void drainLog() {
        driver.manage().logs().get("performance").getAll();
    }

    List<LogEntry> takeLog() {
        return driver.manage().logs().get("performance").getAll();
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** p-th percentile (nearest rank) of the values. */
    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
