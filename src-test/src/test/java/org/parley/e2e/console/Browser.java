package org.parley.e2e.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.Ports;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (both named explicitly: no Selenium Manager, no
 * download), with a fresh profile, looking at one Parley server. Waits are conditions with a deadline, never sleeps.
 */
public final class Browser implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;

    private Browser(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        // an AJAX update may replace an element between finding and reading it: look again rather than fail
        this.wait = new WebDriverWait(driver, WAIT);
        this.wait.ignoring(StaleElementReferenceException.class);
        this.baseUrl = baseUrl;
    }

    /**
     * Starts a browser with an empty profile under {@code workDir} (its chromedriver log beside it), looking at
     * {@code server}.
     */
    static Browser start(ParleyServer server, Path workDir) {
        try {
            Files.createDirectories(workDir);
            Path profile = Files.createTempDirectory(workDir, "chromium-profile-");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingPort(Ports.freeTcp())
                    .withLogFile(profile.resolve("chromedriver.log").toFile())
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--user-data-dir=" + profile.resolve("data"), "--window-size=1280,900",
                    // the phone widget: a fake microphone, no permission prompt, its ringtone without a click
                    "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
                    "--autoplay-policy=no-user-gesture-required",
                    // the microphone plays a known tone; WebRTC to Parley's engine stays on 127.0.0.1
                    "--use-file-for-fake-audio-capture=" + writeTone(profile.resolve("tone.wav")),
                    "--allow-loopback-in-peer-connection");
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriver driver = new ChromeDriver(service, options);
            // every page keeps its peer connections where a test can ask them for getStats()
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", """
                    (() => { const Pc = window.RTCPeerConnection; if (!Pc) { return; }
                      window.parleyPeerConnections = [];
                      window.RTCPeerConnection = function (...args) {
                        const pc = new Pc(...args); window.parleyPeerConnections.push(pc); return pc; };
                      window.RTCPeerConnection.prototype = Pc.prototype; })();"""));
            return new Browser(driver, server.baseUrl());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare a Chromium profile", e);
        }
    }

    /** The fake microphone's tone, in Hz (a sine, 8 kHz mono 16-bit WAV). */
    public static final int TONE_HZ = 1000;

    private static String writeTone(Path file) throws IOException {
        int samples = 8000 * 120;
        java.nio.ByteBuffer wav = java.nio.ByteBuffer.allocate(44 + 2 * samples).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + 2 * samples)
                .put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1)
                .putShort((short) 1).putInt(8000).putInt(16000).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(2 * samples);
        for (int i = 0; i < samples; i++) {
            wav.putShort((short) (8000 * Math.sin(2 * Math.PI * TONE_HZ * i / 8000.0)));
        }
        Files.write(file, wav.array());
        return file.toString();
    }

    /**
     * The audio the page's last peer connection received ({@code getStats()} inbound-rtp): packets received and
     * total audio energy, or zeros when it has none; {@code about} says what was seen (for failure messages).
     */
    public java.util.Map<String, Object> inboundAudio() {
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> stats = (java.util.Map<String, Object>) driver.executeAsyncScript("""
                const done = arguments[0];
                const pcs = window.parleyPeerConnections || [];
                if (pcs.length === 0) { done({packets: 0, energy: 0, about: 'no peer connection'}); return; }
                const pc = pcs[pcs.length - 1];
                pc.getStats().then(report => {
                  let packets = 0, energy = 0, about = pcs.length + ' pcs, ' + pc.connectionState + ';';
                  report.forEach(r => { if (r.type === 'inbound-rtp' && r.kind === 'audio') {
                    packets = r.packetsReceived || 0; energy = r.totalAudioEnergy || 0;
                    about += ' ' + JSON.stringify(r); } });
                  done({packets: packets, energy: energy, about: about + ' remote: '
                      + (pc.remoteDescription ? pc.remoteDescription.sdp : 'none')});
                }).catch(e => done({packets: 0, energy: 0, about: 'getStats: ' + e}));""");
        return stats;
    }

    /** Opens a page of the server, e.g. {@code /extensions.xhtml}. */
    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** The handle of the window or tab the browser looks at. */
    public String window() {
        return driver.getWindowHandle();
    }

    /** Opens a new tab of the same browser (same session) and looks at it. */
    public String newTab() {
        driver.switchTo().newWindow(WindowType.TAB);
        return driver.getWindowHandle();
    }

    /** Looks at another window or tab. */
    public void switchTo(String window) {
        driver.switchTo().window(window);
    }

    /** Clicks something that opens a window, waits for it and looks at it; returns its handle. */
    public String clickAndAwaitNewWindow(By by) {
        Set<String> before = driver.getWindowHandles();
        find(by).click();
        String opened = wait.withMessage("a new window").until(d -> d.getWindowHandles().stream()
                .filter(h -> !before.contains(h)).findFirst().orElse(null));
        driver.switchTo().window(opened);
        return opened;
    }

    /** The path of the page shown, with its query. */
    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
    }

    /** Signs in through the login page and waits until it is left. */
    public Browser signIn(String user, String password) {
        open("/login.xhtml");
        submitLogin(user, password);
        wait.until(d -> !path().startsWith("/login.xhtml"));
        return this;
    }

    /** Fills and submits the login form on the page shown (which must be the login page). */
    public void submitLogin(String user, String password) {
        type(By.id("loginForm:username"), user);
        type(By.id("loginForm:password"), password);
        clickAndAwaitNewPage(By.id("loginForm:signIn"));
    }

    /** Signs out with the top bar's button and waits for the login page. */
    public void signOut() {
        clickAndAwaitNewPage(By.id("logoutForm:signOut"));
        wait.until(d -> path().startsWith("/login.xhtml"));
    }

    /**
     * Clicks something that submits a whole page, and waits until the next page has loaded: the old document is
     * marked, and the wait ends when a complete document without the mark is shown. While the browser navigates,
     * the driver may answer with errors about the old document; the wait ignores them.
     */
    public void clickAndAwaitNewPage(By by) {
        script("window.parleyOldPage = true;");
        find(by).click();
        new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript(
                        "return !window.parleyOldPage && document.readyState === 'complete';")));
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by));
    }

    public WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public void type(By by, String text) {
        WebElement input = visible(by);
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks and waits until the Ajax requests it started have been answered. */
    public void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
        awaitAjax();
    }

    /** Waits until PrimeFaces and jQuery have no request under way. */
    public void awaitAjax() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.jQuery || jQuery.active === 0)"
                        + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /** Waits until the text of an element contains {@code text}, and returns the whole text. */
    public String awaitText(By by, String text) {
        return wait.until(d -> {
            try {
                String shown = d.findElement(by).getText();
                return shown.contains(text) ? shown : null;
            } catch (StaleElementReferenceException | NoSuchElementException e) {
                return null; // replaced by an AJAX update (a push's, say) between finding and reading: look again
            }
        });
    }

    /** Waits for a growl message containing {@code text}. */
    public String awaitGrowl(String text) {
        return awaitText(By.id("growl_container"), text);
    }

    /** Answers "Yes" in the confirmation dialog shown. */
    public void confirm() {
        click(By.id("confirmForm:confirmYes"));
    }

    /** Waits for a dialog (by its widget's client id) to be shown or hidden. */
    public void awaitDialog(String id, boolean shown) {
        By by = By.id(id);
        wait.until(shown ? ExpectedConditions.visibilityOfElementLocated(by)
                : ExpectedConditions.invisibilityOfElementLocated(by));
    }

    /** Waits until a condition on the browser holds. */
    public void await(String what, BooleanSupplier condition) {
        wait.withMessage(what).until(d -> condition.getAsBoolean());
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    public String title() {
        return driver.getTitle();
    }

    /** The session cookie, if the browser has one. */
    public Optional<String> sessionId() {
        return Optional.ofNullable(driver.manage().getCookieNamed("JSESSIONID")).map(Cookie::getValue);
    }

    /** Forgets every cookie, as if the session had expired on the server. */
    public void dropCookies() {
        driver.manage().deleteAllCookies();
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    public Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    /** Browser console messages since the last call (CSP violations show up here). */
    public List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::toString).toList();
    }

    /** Saves a screenshot of the page as it looks now, to look at a page's layout after a run. */
    public void screenshot(Path png) {
        try {
            Files.createDirectories(png.getParent());
            Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save a screenshot as " + png, e);
        }
    }

    /** Saves a screenshot and the page's source, for a failed test. */
    void saveEvidence(Path png, Path html) throws IOException {
        Files.createDirectories(png.getParent());
        Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
        Files.writeString(html, driver.getCurrentUrl() + "\n" + driver.getPageSource(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
