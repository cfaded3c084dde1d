package dev.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosscheck.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

/** report.html opened from disk in a real headless Chromium (Debian's chromium + chromedriver) driven by Selenium. */
class HtmlReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static ChromeDriver browser;
  @TempDir Path dir;

  @BeforeAll
  static void startBrowser() {
    // Selenium warns that it has no DevTools bindings for this Chromium; WebDriver itself does not need them
    java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(java.util.logging.Level.SEVERE);
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "browser tests skipped: no " + CHROMIUM + " or " + DRIVER + " (apt-get install chromium chromium-driver)");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu");
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private int run(String... args) {
    return Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args);
  }

  private void open() {
    browser.get(dir.resolve("reports/report.html").toUri().toString());
  }

  private List<WebElement> visibleFindings() {
    return browser.findElements(By.cssSelector(".finding")).stream().filter(WebElement::isDisplayed).toList();
  }

  private void choose(String select, String value) {
    new Select(browser.findElement(By.id(select))).selectByValue(value);
  }

  private List<JsonNode> findings(Predicate<JsonNode> which) throws IOException {
    JsonNode report = dev.crosscheck.report.Json.MAPPER.readTree(dir.resolve("reports/report.json").toFile());
    return StreamSupport.stream(report.get("findings").spliterator(), false).filter(which).toList();
  }

  private static boolean dismissed(JsonNode f) {
    return f.get("review").get("status").asText().equals("dismissed");
  }

  @Test
  void theSeedReportRendersAndItsFiltersShowWhatTheySay() throws IOException {
    Files.createDirectories(dir.resolve("sources"));
    try (Stream<Path> files = Files.list(Path.of("sources"))) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve("sources").resolve(f.getFileName()));
      }
    }
    assertThat(run("check", "-w", dir.toString())).isZero();
    String trump = findings(f -> f.get("rule").asText().equals("role-status") && f.get("kind").asText().equals("contradiction"))
        .get(0).get("id").asText();
    assertThat(run("review", "dismiss", trump, "--note", "fiction", "--reviewer", "ed", "-w", dir.toString())).isZero();
    int all = findings(f -> true).size();
    open();
    assertThat(browser.getTitle()).isEqualTo("Consistency report");
    assertThat(browser.findElements(By.cssSelector("#sources tbody tr"))).hasSize(5);
    assertThat(visibleFindings()).hasSize(all - 1);
    assertThat(browser.findElement(By.id("shown")).getText()).isEqualTo((all - 1) + " of " + all + " findings shown");
    assertThat(browser.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList())
        .contains("mutual");

    choose("filter-kind", "agreement");
    assertThat(visibleFindings()).hasSize(findings(f -> f.get("kind").asText().equals("agreement")).size())
        .allSatisfy(f -> assertThat(f.getAttribute("data-kind")).isEqualTo("agreement"));

    choose("filter-kind", "contradiction");
    int contradictions = findings(f -> f.get("kind").asText().equals("contradiction")).size();
    assertThat(visibleFindings()).hasSize(contradictions - 1)
        .noneSatisfy(f -> assertThat(f.getText()).contains("now-former U.S. President Donald Trump"));
    choose("filter-status", "all");
    assertThat(visibleFindings()).hasSize(contradictions);
    assertThat(visibleFindings().stream().filter(f -> f.getText().contains("DISMISSED")).toList()).singleElement().satisfies(f -> {
      assertThat(f.getText()).contains("now-former U.S. President Donald Trump").contains("DISMISSED")
          .contains("better supported: current");
      assertThat(f.findElement(By.tagName("mark")).getText()).isEqualTo("former");
    });

    choose("filter-kind", "");
    choose("filter-status", "");
    choose("filter-source", "003_2c964859428047c5");
    assertThat(visibleFindings()).hasSize(findings(f -> !dismissed(f)
        && f.toString().contains("\"source\":\"003_2c964859428047c5\"")).size()).isNotEmpty();

    choose("filter-source", "");
    browser.findElement(By.cssSelector("#entities a.show-entity[data-entity='person:mark-carney']")).click();
    assertThat(visibleFindings()).hasSize(findings(f -> !dismissed(f)
        && f.get("entity").asText().contains("person:mark-carney")).size()).isNotEmpty();
  }

  @Test
  void aHostileSourceShowsAsTextAndRunsNothing() throws IOException {
    Path sources = Files.createDirectories(dir.resolve("sources"));
    Files.writeString(sources.resolve("a.txt"),
        "Former Mayor Ana Silva <script>document.title='pwned';window.pwned=1;</script> spoke on Monday.\n");
    Files.writeString(sources.resolve("b.txt"),
        "Mayor Ana Silva <img src=x onerror=\"window.pwned=2;document.title='pwned'\"> met residents on Tuesday.\n");
    Files.writeString(sources.resolve("b.meta.json"),
        "{\"outlet\": \"<script>window.pwned=3</script>The Daily\", \"url\": \"javascript:window.pwned=4\"}");
    assertThat(run("check", "-w", dir.toString())).isZero();
    open();
    assertThat(browser.getTitle()).isEqualTo("Consistency report");
    assertThat(((JavascriptExecutor) browser).executeScript("return typeof window.pwned")).isEqualTo("undefined");
    // the page's own script did run: the hostile ones were not blocked by scripts being off altogether
    assertThat(browser.findElement(By.id("shown")).getText()).isEqualTo("1 of 1 findings shown");
    assertThat(browser.findElements(By.tagName("img"))).isEmpty();
    assertThat(browser.findElements(By.tagName("script"))).hasSize(1);
    String text = browser.findElement(By.tagName("body")).getText();
    assertThat(text).contains("<script>document.title='pwned';window.pwned=1;</script>")
        .contains("<img src=x onerror=\"window.pwned=2;document.title='pwned'\">")
        .contains("<script>window.pwned=3</script>The Daily");
  }
}
