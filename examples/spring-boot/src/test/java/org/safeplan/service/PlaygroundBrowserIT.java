package org.safeplan.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.internal.explain.SituationField;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The playground in a real headless Chromium (Debian's chromium and chromium-driver, run with
 * {@code mvn verify -Pbrowser}). Selenium is pointed at /usr/bin/chromedriver and /usr/bin/chromium
 * explicitly, so Selenium Manager never runs and nothing is downloaded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlaygroundBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    /** For a content folder's load: seconds on an idle machine, more when others build. */
    private static final Duration LOAD_WAIT = Duration.ofSeconds(120);

    @LocalServerPort
    int port;

    private Path profile;
    private ChromeDriverService service;
    private ChromeDriver driver;
    private String origin;

    @BeforeEach
    void openBrowser() throws IOException {
        origin = "http://127.0.0.1:" + port;
        File chromedriver = new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
        File chromium = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        assertThat(chromedriver.canExecute()).as("install Debian's chromium-driver: %s", chromedriver).isTrue();
        assertThat(chromium.canExecute()).as("install Debian's chromium: %s", chromium).isTrue();
        profile = Files.createTempDirectory("safeplan-chromium-");

        service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,1500",
                "--force-device-scale-factor=1",
                // Any host but this machine resolves to nothing: a stray request fails instead of leaving.
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(WAIT);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    private void waitForAdvice() {
        new WebDriverWait(driver, WAIT).until(d -> "ready".equals(byId("results").getDomAttribute("data-state"))
                || "problem".equals(byId("results").getDomAttribute("data-state")));
    }

    private void open() {
        driver.manage().logs().get(LogType.PERFORMANCE);      // drop the start page's log: only ours counts
        driver.get(origin + "/");
        waitForAdvice();
    }

    @Test
    void kitchenInDangerShowsGetOutOfTheKitchenFirstWithItsSourcesAndWhy() throws Exception {
        open();

        // Keyboard: Tab from the top reaches the skip link, then the language switch, then the country
        // select, with a visible focus ring.
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Skip to the advice");
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("language");
        // The languages are the content's, each named in itself, English (the source) chosen.
        Select language = new Select(byId("language"));
        assertThat(language.getOptions()).extracting(o -> o.getDomAttribute("value"))
                .containsExactlyElementsOf(SafetyAdvisor.create().languages());
        assertThat(language.getOptions()).allSatisfy(o -> assertThat(o.getDomAttribute("lang")).isEqualTo(o.getDomAttribute("value")));
        assertThat(language.getFirstSelectedOption().getText()).isEqualTo("English");
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement country = driver.switchTo().activeElement();
        assertThat(country.getDomAttribute("id")).isEqualTo("country");
        assertThat(js("return getComputedStyle(document.activeElement).outlineStyle")).isNotEqualTo("none");
        assertThat(js("return getComputedStyle(document.activeElement).outlineWidth")).isNotEqualTo("0px");
        // The jurisdiction switch: one arrow key down from "Unknown" is the United States.
        country.sendKeys(Keys.ARROW_DOWN);
        assertThat(new Select(country).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("US");

        // A click on the label "Yes" sets immediate danger.
        driver.findElement(By.cssSelector("label[for='immediateDanger-yes']")).click();
        assertThat(byId("immediateDanger-yes").isSelected()).isTrue();
        // Arrow keys move through a radio group: Unknown -> Yes.
        byId("perpetratorOnPremises-unknown").click();
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
        assertThat(byId("perpetratorOnPremises-yes").isSelected()).isTrue();
        // Location from its select.
        new Select(byId("location")).selectByVisibleText("Kitchen");

        String expected = "{\n  \"country\": \"US\",\n  \"immediateDanger\": true,\n"
                + "  \"perpetratorOnPremises\": true,\n  \"location\": \"KITCHEN\"\n}";
        new WebDriverWait(driver, WAIT).until(d -> expected.equals(js("return document.getElementById('situation-json').textContent"))
                && "ready".equals(byId("results").getDomAttribute("data-state")));

        WebElement results = byId("results");
        assertThat(results.getDomAttribute("aria-live")).isEqualTo("polite");
        List<WebElement> recommendations = driver.findElements(By.cssSelector("#recommendations > li"));
        assertThat(recommendations).hasSizeGreaterThan(3);
        WebElement first = recommendations.get(0);
        assertThat(first.getDomAttribute("data-action-id")).isEqualTo("leave-the-kitchen");
        assertThat(first.findElement(By.cssSelector(".rank")).getText()).isEqualTo("1");
        assertThat(first.findElement(By.cssSelector(".urgency")).getText()).isEqualToIgnoringCase("Immediate");
        assertThat(first.findElement(By.cssSelector("h3.title")).getText()).isEqualTo("Get out of the kitchen");
        assertThat(first.findElement(By.cssSelector(".text")).getText()).contains("kitchen");
        assertThat(byId("status").getText()).contains("Get out of the kitchen", "Content version");
        // US numbers: the jurisdiction switch took effect.
        assertThat(results.getText()).contains("911");

        // Sources: each id shown, its inventory wording on hover (title) and on expand.
        List<WebElement> sources = first.findElements(By.cssSelector("li.source"));
        assertThat(sources).extracting(s -> s.getDomAttribute("data-source-id")).contains("001-3", "003-2");
        WebElement kitchenSource = first.findElement(By.cssSelector("li.source[data-source-id='001-3']"));
        WebElement summary = kitchenSource.findElement(By.tagName("summary"));
        assertThat(summary.getDomAttribute("title")).contains("Avoid the kitchen");
        summary.sendKeys(Keys.ENTER);
        WebElement wording = kitchenSource.findElement(By.cssSelector("blockquote.wording"));
        assertThat(wording.isDisplayed()).isTrue();
        assertThat(wording.getText()).contains("Avoid the kitchen", "001");

        // Why: the rule that fired and the facts it matched.
        WebElement why = first.findElement(By.cssSelector("details.why"));
        why.findElement(By.tagName("summary")).click();
        assertThat(why.findElement(By.cssSelector(".rule")).getText()).isEqualTo("danger-kitchen");
        assertThat(why.getText()).contains("location = KITCHEN", "immediateDanger = true");

        assertEveryControlIsLabelled();
        assertTextContrastIsAtLeastAA();
        assertNothingStored();
        Path screenshot = screenshot("playground-kitchen-in-danger.png");
        assertPictureOfAdvice(screenshot);
        assertNoRequestLeftTheOrigin();
    }

    @Test
    void aCountryCodeThatIsNotIsoIsRefusedWithTheProblemShown() throws Exception {
        open();
        WebElement code = byId("country-code");
        code.sendKeys("UK");
        new WebDriverWait(driver, WAIT).until(d -> "problem".equals(byId("results").getDomAttribute("data-state")));

        assertThat(byId("status").getText()).contains("Invalid situation", "\"GB\"", "No advice is given");
        assertThat(code.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElements(By.cssSelector("#recommendations > li"))).isEmpty();
        assertThat(new Select(byId("country")).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("other");

        code.sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE, "GB");
        new WebDriverWait(driver, WAIT).until(d -> "ready".equals(byId("results").getDomAttribute("data-state")));
        assertThat(code.getDomAttribute("aria-invalid")).isNull();
        assertThat(byId("results").getText()).contains("999");
        assertNoRequestLeftTheOrigin();
    }

    /** The form is built from the served schema: a control for every declared field, unknown at first. */
    @Test
    void theFormAsksForEveryDeclaredFieldAndTheRegionFollowsTheCountry() throws Exception {
        open();
        for (SituationField f : SituationField.all()) {
            if (f.type() == Boolean.class) {
                assertThat(byId(f.name() + "-unknown").isSelected()).as(f.name()).isTrue();
                assertThat(byId(f.name()).findElement(By.tagName("legend")).getText()).isEqualTo(f.question());
            } else {
                Select select = new Select(byId(f.name()));
                assertThat(select.getFirstSelectedOption().getDomAttribute("value")).as(f.name()).isEmpty();
                for (String value : f.allowedValues()) {
                    assertThat(select.getOptions()).as(f.name()).anyMatch(o -> value.equals(o.getDomAttribute("value")));
                }
            }
        }
        Select region = new Select(byId("region"));
        assertThat(byId("region").isEnabled()).as("no region without a country").isFalse();
        new Select(byId("country")).selectByValue("GB");
        assertThat(region.getOptions()).extracting(o -> o.getDomAttribute("value"))
                .containsExactlyElementsOf(java.util.stream.Stream.concat(java.util.stream.Stream.of(""),
                        org.safeplan.rules.internal.Regions.of("GB").keySet().stream()).toList());
        region.selectByValue("GB-WLS");
        String expected = "{\n  \"country\": \"GB\",\n  \"region\": \"GB-WLS\"\n}";
        new WebDriverWait(driver, WAIT).until(d -> expected.equals(js("return document.getElementById('situation-json').textContent"))
                && "ready".equals(byId("results").getDomAttribute("data-state")));
        new Select(byId("country")).selectByValue("US");
        assertThat(region.getFirstSelectedOption().getDomAttribute("value")).isEmpty();
        assertThat(region.getOptions()).extracting(o -> o.getDomAttribute("value")).contains("US-CA").doesNotContain("GB-WLS");
        assertNoRequestLeftTheOrigin();
    }

    /**
     * The live preview: a second service on a copy of the content folder. The page follows its loads:
     * an edit shows in the advice and, against the bundled content, in the comparison panel; a
     * broken edit shows its problems, one per line, instead of any advice; the fix brings advice back.
     */
    @Test
    void aContentFolderPreviewComparesEditsAndShowsProblemsInsteadOfAdvice() throws Exception {
        Path dir = Files.createTempDirectory("safeplan-preview-browser-");
        EditableContent content = EditableContent.copyTo(dir.resolve("content"));
        try (ConfigurableApplicationContext preview = new SpringApplicationBuilder(SafePlanServiceApplication.class)
                .run("--server.port=0", "--server.address=127.0.0.1", "--safeplan.content=" + content.root())) {
            origin = "http://127.0.0.1:" + preview.getEnvironment().getProperty("local.server.port");
            awaitContentState("ready");
            open();
            WebElement banner = byId("content-status");
            assertThat(banner.isDisplayed()).isTrue();
            assertThat(banner.getText()).contains("Live preview of a content folder", "version ");

            new Select(byId("country")).selectByValue("US");
            driver.findElement(By.cssSelector("label[for='immediateDanger-yes']")).click();
            driver.findElement(By.cssSelector("label[for='perpetratorOnPremises-yes']")).click();
            new Select(byId("location")).selectByVisibleText("Kitchen");
            String expected = "{\n  \"country\": \"US\",\n  \"immediateDanger\": true,\n"
                    + "  \"perpetratorOnPremises\": true,\n  \"location\": \"KITCHEN\"\n}";
            new WebDriverWait(driver, WAIT).until(d -> expected.equals(js("return document.getElementById('situation-json').textContent"))
                    && "ready".equals(byId("results").getDomAttribute("data-state")));
            WebElement comparison = byId("comparison");
            new WebDriverWait(driver, WAIT).until(d -> comparison.isDisplayed());
            String bundledVersion = SafetyAdvisor.create().contentVersion();
            assertThat(byId("comparison-heading").getText()).isEqualTo("Compared with the bundled content " + bundledVersion);

            // An edit of the first action's title: the advice and the comparison follow the save.
            WebElement first = driver.findElements(By.cssSelector("#recommendations > li")).get(0);
            String actionId = first.getDomAttribute("data-action-id");
            String title = first.findElement(By.cssSelector("h3.title")).getText();
            content.setTitle(actionId, "Edited in the browser test");
            new WebDriverWait(driver, LOAD_WAIT).until(d -> "Edited in the browser test".equals(
                    d.findElements(By.cssSelector("#recommendations > li h3.title")).get(0).getText()));
            WebElement reworded = new WebDriverWait(driver, WAIT).until(d -> d.findElement(
                    By.cssSelector("#comparison [data-change='reworded'] li[data-action-id='" + actionId + "']")));
            List<WebElement> sides = reworded.findElements(By.cssSelector(".wording-side"));
            assertThat(sides).hasSize(2);
            assertThat(sides.get(0).getText()).contains("BUNDLED", title);
            assertThat(sides.get(1).getText()).contains("YOUR CONTENT", "Edited in the browser test");
            assertThat(comparison.getText()).contains("Re-worded (1)");
            assertTextContrastIsAtLeastAA();
            screenshotOf(comparison, "playground-comparison.png");

            // A YAML mistake: its problem, at file and line, in place of the advice.
            content.breakTitle(actionId);
            new WebDriverWait(driver, LOAD_WAIT).until(d -> "content-invalid".equals(byId("results").getDomAttribute("data-state")));
            List<String> problems = new ArrayList<>();
            for (WebElement li : driver.findElements(By.cssSelector("#content-problems > li"))) {
                problems.add(li.getText());
            }
            assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p).matches("[^:\\s]+:\\d+: .+"));
            assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(content.catalog() + ":" + content.titleLine(actionId) + ": "));
            assertThat(driver.findElements(By.cssSelector("#recommendations > li"))).isEmpty();
            assertThat(comparison.isDisplayed()).isFalse();
            assertThat(byId("status").getText()).contains("problem", "no advice is shown");
            assertThat(byId("results").getDomAttribute("aria-live")).isEqualTo("polite");
            assertThat(banner.getDomAttribute("data-state")).isEqualTo("invalid");
            String page = driver.findElement(By.tagName("body")).getText();
            assertThat(page).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(title);
            assertTextContrastIsAtLeastAA(60);
            screenshot("playground-content-problems.png");

            // The fix: advice again, as before the edit.
            content.restore();
            new WebDriverWait(driver, LOAD_WAIT).until(d -> "ready".equals(byId("results").getDomAttribute("data-state"))
                    && !d.findElements(By.cssSelector("#recommendations > li")).isEmpty());
            assertThat(driver.findElements(By.cssSelector("#recommendations > li h3.title")).get(0).getText()).isEqualTo(title);
            assertThat(driver.findElements(By.cssSelector("#content-problems > li"))).isEmpty();
            assertEveryControlIsLabelled();
            assertNothingStored();
            assertNoRequestLeftTheOrigin();
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Waits for the service at {@link #origin} to report its content in {@code state}. */
    private void awaitContentState(String state) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + LOAD_WAIT.toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            try {
                body = client.send(HttpRequest.newBuilder(URI.create(origin + "/v1/content")).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                if (body.contains("\"state\":\"" + state + "\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("content not " + state + ": " + body);
    }

    private void screenshotOf(WebElement element, String name) throws IOException {
        js("arguments[0].scrollIntoView()", element);
        Path file = Path.of(System.getProperty("safeplan.target", "target"), name);
        Files.createDirectories(file.getParent());
        Files.write(file, element.getScreenshotAs(OutputType.BYTES));
    }

    /** Every form control has a label with text; every radio sits in a fieldset with a legend. */
    private void assertEveryControlIsLabelled() {
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) js("""
                const problems = [];
                const controls = document.querySelectorAll('input, select, textarea, button');
                for (const c of controls) {
                  const name = c.id || c.name || c.outerHTML.slice(0, 60);
                  const text = c.tagName === 'BUTTON' ? c.textContent.trim()
                    : Array.from(c.labels || []).map(l => l.textContent.trim()).join(' ');
                  if (!text) problems.push('no label: ' + name);
                  if (c.type === 'radio') {
                    const fs = c.closest('fieldset');
                    const legend = fs && fs.querySelector(':scope > legend');
                    if (!legend || !legend.textContent.trim()) problems.push('radio outside a legend: ' + name);
                  }
                }
                for (const fs of document.querySelectorAll('fieldset')) {
                  const legend = fs.querySelector(':scope > legend');
                  if (!legend || !legend.textContent.trim()) problems.push('fieldset without legend');
                }
                problems.push('count:' + controls.length);
                return problems;""");
        assertThat(problems).hasSize(1);
        // Three radios for each boolean field, a select for each other field, the ISO code input, the
        // reset button and the language switch.
        long booleans = SituationField.all().stream().filter(f -> f.type() == Boolean.class).count();
        long selects = SituationField.all().size() - booleans;
        assertThat(problems.get(0)).isEqualTo("count:" + (booleans * 3 + selects + 1 + 1 + 1));
    }

    /** Every visible text has a contrast ratio of at least 4.5:1 (WCAG 2 AA) against its background. */
    private void assertTextContrastIsAtLeastAA() {
        assertTextContrastIsAtLeastAA(100);
    }

    /** As above, on a page that shows at least {@code texts} texts. */
    private void assertTextContrastIsAtLeastAA(int texts) {
        @SuppressWarnings("unchecked")
        List<String> low = (List<String>) js("""
                const rgb = c => c.match(/[\\d.]+/g).map(Number);
                const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255;
                  return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
                  .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
                const background = el => {
                  for (let e = el; e; e = e.parentElement) {
                    const c = rgb(getComputedStyle(e).backgroundColor);
                    if (c.length < 4 || c[3] > 0) return c;
                  }
                  return [255, 255, 255];
                };
                const low = [];
                let checked = 0;
                for (const el of document.querySelectorAll('body *')) {
                  const text = Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim());
                  if (!text || !el.getClientRects().length) continue;
                  const a = lum(rgb(getComputedStyle(el).color)), b = lum(background(el));
                  const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
                  checked++;
                  if (ratio < 4.5) low.push(el.tagName + '.' + el.className + ' ' + ratio.toFixed(2) + ': ' + el.textContent.trim().slice(0, 40));
                }
                low.push('checked:' + checked);
                return low;""");
        assertThat(low).hasSize(1);
        assertThat(Integer.parseInt(low.get(0).substring("checked:".length()))).isGreaterThan(texts);
    }

    private void assertNothingStored() {
        assertThat(js("return localStorage.length + sessionStorage.length")).isEqualTo(0L);
        assertThat(js("return document.cookie")).isEqualTo("");
    }

    private Path screenshot(String name) throws IOException {
        driver.findElement(By.tagName("body")).sendKeys(Keys.HOME);
        js("window.scrollTo(0, 0)");
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        Path file = Path.of(System.getProperty("safeplan.target", "target"), name);
        Files.createDirectories(file.getParent());
        Files.write(file, png);
        return file;
    }

    /** A real picture of the advice: a PNG of some size, many colours, the IMMEDIATE badge's red among them. */
    private static void assertPictureOfAdvice(Path file) throws IOException {
        byte[] png = Files.readAllBytes(file);
        assertThat(png.length).isGreaterThan(30_000);
        assertThat(new byte[] {png[1], png[2], png[3]}).isEqualTo("PNG".getBytes());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(1000);
        assertThat(image.getHeight()).isGreaterThanOrEqualTo(800);
        Set<Integer> colours = new HashSet<>();
        int badgeRed = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                if (rgb == 0xa4161a) {
                    badgeRed++;
                }
            }
        }
        assertThat(colours).as("distinct colours").hasSizeGreaterThan(50);
        assertThat(badgeRed).as("pixels of the IMMEDIATE badge").isGreaterThan(100);
    }

    /** Both the page's own record (Resource Timing) and Chromium's network log: only this server. */
    private void assertNoRequestLeftTheOrigin() {
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) js(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                        + ".concat(performance.getEntriesByType('navigation').map(e => e.name))");
        assertThat(resources).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(origin + "/"));
        assertThat(resources).anySatisfy(url -> assertThat(url).endsWith("/v1/explain"));

        List<String> requested = new ArrayList<>();
        Pattern request = Pattern.compile("\"method\":\"Network\\.requestWillBeSent\".*?\"request\":\\{.*?\"url\":\"([^\"]*)\"");
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Matcher m = request.matcher(entry.getMessage());
            // Chromium's own pages (chrome://) and inline data: URLs of its start page are not network.
            if (m.find() && !m.group(1).startsWith("chrome://") && !m.group(1).startsWith("data:")) {
                requested.add(m.group(1));
            }
        }
        assertThat(requested).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(origin + "/"));
        assertThat(requested).contains(origin + "/", origin + "/playground.js", origin + "/v1/inventory");
    }
}
