package gx.techmarket.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import gx.techmarket.local.DemoUsers;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Debian's chromedriver, both named explicitly so that Selenium Manager never
 * looks for (or downloads) anything; a fresh profile under {@code target/} for every browser.
 */
final class Browser implements AutoCloseable {

    static final Duration PAGE = Duration.ofSeconds(30);
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Debian's fonts-noto-cjk: without a CJK font the screenshots show every Chinese character as an empty box. */
    static final Path CJK_FONT = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
    /** The desktop every browser test sees first, and the phone it sees too (the 1366 px and 390 px). */
    static final Dimension DESKTOP = new Dimension(1366, 900);
    static final Dimension PHONE = new Dimension(390, 844);
    /** The WCAG 2.0 and 2.1 success criteria of levels A and AA, as axe-core tags its rules. */
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** Screenshots every test keeps as a build artefact (the CI run archives target/), named by the test. */
    static final Path SCREENSHOTS = Market.TARGET.resolve("screenshots");
    private static final Path INSTALL = Path.of(System.getProperty("techmarket.module.dir", "."))
            .resolve("install-chromium.sh");

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;

    /** Installs chromium, chromium-driver and fonts-noto-cjk with the module's script when one is missing. */
    static void ensureInstalled() throws IOException, InterruptedException {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER) && Files.isRegularFile(CJK_FONT)) {
            return;
        }
        Path log = Market.TARGET.resolve("install-chromium.log");
        Process install = new ProcessBuilder("bash", INSTALL.toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        if (!install.waitFor(10, TimeUnit.MINUTES)) {
            install.destroyForcibly();
            throw new AssertionError("install-chromium.sh did not finish in 10 minutes; see " + log);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.print(output);
        if (install.exitValue() != 0 || !Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)
                || !Files.isRegularFile(CJK_FONT)) {
            throw new AssertionError("the browser tests need " + CHROMIUM + ", " + CHROMEDRIVER + " and " + CJK_FONT
                    + "; install-chromium.sh exited " + install.exitValue() + ":\n" + output);
        }
    }

    Browser(String name) throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path dir = Files.createDirectories(Market.TARGET.resolve("browser"));
        profile = Files.createTempDirectory(dir, "profile-" + name + "-");
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(dir.resolve("chromedriver-" + name + ".log").toFile())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                // a Chinese user's browser: --lang sets the interface, --accept-lang the Accept-Language header (headless
                // Chromium sends en-US otherwise), which Keycloak's sign-in page follows
                "--disable-dev-shm-usage", "--window-size=1366,900", "--lang=zh-CN", "--accept-lang=zh-CN,zh",
                "--user-data-dir=" + profile);
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    WebDriver driver() {
        return driver;
    }

    WebDriverWait waiting(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    /** Opens the portal's home page, signs in on Keycloak's own login page, waits for the home page. */
    void signIn(Market market, String username) {
        driver.get(market.url(Market.PORTAL) + "/home");
        typeCredentials(market, username);
        waiting(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("home")));
    }

    /** On Keycloak's login page of the portal client (waited for): the demo user's name and password, then log in. */
    void typeCredentials(Market market, String username) {
        String realm = market.keycloak() + "/realms/techmarket/";
        waiting(PAGE).until(d -> d.getCurrentUrl().startsWith(realm));
        waiting(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        assertThat(driver.getCurrentUrl()).as("the real Keycloak authorization endpoint of the portal client, with PKCE")
                .contains("/protocol/openid-connect/auth").contains("client_id=techmarket-portal")
                .contains("code_challenge=");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(DemoUsers.PASSWORD);
        driver.findElement(By.id("kc-login")).click();
    }

    /** The window at 1366 × 900, a desktop. */
    Browser desktop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        driver.manage().window().setSize(DESKTOP);
        return this;
    }

    /** The window at 390 × 844, a phone: every page must be usable at this width. */
    Browser phone() {
        driver.manage().window().setSize(PHONE);
        // headless Chromium keeps a window at least 500 px wide: the page is told it is on a 390-px phone instead
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", PHONE.getWidth(),
                "height", PHONE.getHeight(), "deviceScaleFactor", 1, "mobile", true));
        return this;
    }

    /**
     * Runs axe-core on the page as it is now and fails, naming each violated rule, its help text and the elements,
     * when any WCAG 2.1 level A or AA rule is violated. {@code page} names the page in the failure.
     */
    void accessible(String page) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<Rule> violations = results.getViolations();
        assertThat(violations).as(() -> "axe-core WCAG 2.1 AA violations on " + page + " (" + driver.getCurrentUrl()
                + "):\n" + violations.stream().map(Browser::describe).collect(Collectors.joining("\n"))
                + "\nscreenshot: " + screenshot("axe-" + page)).isEmpty();
    }

    private static String describe(Rule rule) {
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n" + rule.getNodes().stream()
                .limit(5).map(n -> "    " + n.getTarget() + " " + n.getHtml()).collect(Collectors.joining("\n"));
    }

    /** A full-window PNG of the page kept under {@code target/screenshots/<name>.png}; returns its path. */
    Path screenshot(String name) {
        try {
            Path png = Files.createDirectories(SCREENSHOTS).resolve(name + ".png");
            Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
            return png;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("screenshot " + name, e);
        }
    }

    /** A PNG of the page and its HTML under {@code target/browser/}, for a failure's report; returns the PNG. */
    Path evidence(String name) {
        Path dir = Market.TARGET.resolve("browser");
        Path png = dir.resolve(name + ".png");
        try {
            Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource(),
                    StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            System.out.println("no screenshot of " + name + ": " + e);
        }
        return png;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }
}
