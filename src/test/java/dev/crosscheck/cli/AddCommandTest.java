package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AddCommandTest {
  @TempDir Path tmp;
  Path ws;
  Path sources;
  HttpServer server;
  ExecutorService threads;

  @BeforeEach
  void workspaceAndServer() throws IOException {
    ws = tmp.resolve("ws");
    assertThat(CliRun.of("init", ws.toString()).code()).isZero();
    sources = ws.resolve("sources");
    Files.writeString(sources.resolve("000_carney.txt"), "Canadian Prime Minister Mark Carney announced Friday that he"
        + " will travel to Washington next Tuesday to meet US President Donald Trump.\n");
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    threads = Executors.newCachedThreadPool();
    server.setExecutor(threads);
    server.createContext("/news/harbour-strike", ex -> send(ex, 200, "text/html; charset=utf-8", page("harbour-strike.html")));
    server.createContext("/old/harbour", ex -> {
      ex.getResponseHeaders().add("Location", "/news/harbour-strike");
      send(ex, 301, "text/html", new byte[0]);
    });
    server.createContext("/loop", ex -> {
      ex.getResponseHeaders().add("Location", "/loop");
      send(ex, 302, "text/html", new byte[0]);
    });
    server.createContext("/plain", ex -> send(ex, 200, "text/plain; charset=utf-8",
        "Ferries to Eastport were diverted on Friday night after dock workers at Westhaven went on strike over pay.\n"
            .getBytes(StandardCharsets.UTF_8)));
    server.createContext("/photo.jpg", ex -> send(ex, 200, "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2}));
    server.createContext("/missing", ex -> send(ex, 404, "text/html", "<h1>Not found</h1>".getBytes(StandardCharsets.UTF_8)));
    server.createContext("/slow", ex -> {
      try {
        Thread.sleep(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      send(ex, 200, "text/html", page("harbour-strike.html"));
    });
    server.createContext("/stalling", ex -> {
      ex.getResponseHeaders().add("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0);
      try (OutputStream out = ex.getResponseBody()) {
        out.write("<html><body><p>Dock workers".getBytes(StandardCharsets.UTF_8));
        out.flush();
        Thread.sleep(5_000);
      } catch (InterruptedException | IOException e) {
        Thread.currentThread().interrupt();
      }
    });
    server.createContext("/huge", ex -> streamHuge(ex, 1L << 30));
    server.createContext("/declared-huge", ex -> {
      ex.getResponseHeaders().add("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 3L << 20);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(new byte[3 << 20]);
      } catch (IOException e) {
        // the client refused on the header alone
      }
    });
    server.createContext("/huger", ex -> streamHuge(ex, 50L << 20)); // the 50 MB response
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    threads.shutdownNow();
  }

  @Test
  void addsATextFileWithTheMetadataGivenOnTheCommandLine() throws IOException {
    Path file = tmp.resolve("Ferry chaos.txt");
    Files.writeString(file, "\uFEFFFerries to Eastport were diverted on Friday night.\n\nThe port was closed.\n");

    CliRun run = CliRun.of("add", "-w", ws.toString(), file.toString(), "--outlet", "Eastport Echo",
        "--published", "2025-03-15", "--estimated", "--basis", "Wayback capture of 2025-03-15");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("added ferry-chaos: sources/ferry-chaos.txt (12 words, Eastport Echo, 2025-03-15 (estimated))");
    assertThat(Files.readString(sources.resolve("ferry-chaos.txt")))
        .isEqualTo("Ferries to Eastport were diverted on Friday night.\n\nThe port was closed.\n");
    assertThat(Files.readString(sources.resolve("ferry-chaos.meta.json")))
        .contains("\"outlet\" : \"Eastport Echo\"", "\"published\" : \"2025-03-15\"", "\"estimated\" : true",
            "\"basis\" : \"Wayback capture of 2025-03-15\"")
        .doesNotContain("title", "url");
    assertThat(CliRun.of("check", "-w", ws.toString()).code()).isZero();
  }

  @Test
  void addsMarkdownAsMarkdownAndWritesNoSidecarWhenNothingIsKnown() throws IOException {
    Path file = tmp.resolve("notes.md");
    Files.writeString(file, "# Strike\n\nDock workers at Westhaven walked out on Friday evening.\n");

    CliRun run = CliRun.of("add", "-w", ws.toString(), file.toString(), "--id", "003_notes");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(sources.resolve("003_notes.md")).hasContent(Files.readString(file));
    assertThat(sources.resolve("003_notes.meta.json")).doesNotExist();
  }

  @Test
  void addsASavedPageAsItsArticleTextWithThePagesMetadataUnderCommandLineOverrides() throws IOException {
    Path file = tmp.resolve("saved.html");
    Files.write(file, page("harbour-strike.html"));

    CliRun run = CliRun.of("add", "-w", ws.toString(), file.toString(), "--outlet", "Coastal Courier (print)");

    assertThat(run.code()).as(run.err()).isZero();
    String id = "dock-workers-walk-out-as-harbour-talks-collapse";
    assertThat(run.out()).startsWith("added " + id + ": sources/" + id + ".txt");
    String text = Files.readString(sources.resolve(id + ".txt"));
    assertThat(text).startsWith("More than 1,200 dock workers").contains("\n\nUnion secretary Tom Ridley said")
        .doesNotContain("Sport", "Privacy", "Port pay offer rejected");
    assertThat(Files.readString(sources.resolve(id + ".meta.json")))
        .contains("\"title\" : \"Dock workers walk out as harbour talks collapse\"",
            "\"outlet\" : \"Coastal Courier (print)\"",
            "\"url\" : \"https://coastalcourier.example/news/2025/03/harbour-strike\"",
            "\"published\" : \"2025-03-14\"");
    CliRun list = CliRun.of("sources", "-w", ws.toString());
    assertThat(list.out()).contains(id + "  Coastal Courier (print)  2025-03-14");
  }

  @Test
  void addsAWebPageFollowingARedirect() throws IOException {
    CliRun run = CliRun.of("add", "-w", ws.toString(), address("/old/harbour"), "--id", "courier");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.readString(sources.resolve("courier.txt"))).startsWith("More than 1,200 dock workers");
    assertThat(Files.readString(sources.resolve("courier.meta.json")))
        .contains("\"url\" : \"https://coastalcourier.example/news/2025/03/harbour-strike\"");
  }

  @Test
  void addsPlainTextFromTheWebUnderTheAddressItCameFrom() throws IOException {
    CliRun run = CliRun.of("add", "-w", ws.toString(), address("/plain"));

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(sources.resolve("plain.txt")).hasContent(
        "Ferries to Eastport were diverted on Friday night after dock workers at Westhaven went on strike over pay.");
    assertThat(Files.readString(sources.resolve("plain.meta.json"))).contains(address("/plain"));
  }

  @Test
  void acceptsASyndicatedCopyWithANote() throws IOException {
    Path first = tmp.resolve("courier.html");
    Files.write(first, page("harbour-strike.html"));
    Path copy = tmp.resolve("wire.html");
    Files.write(copy, page("harbour-strike-syndicated.html"));
    assertThat(CliRun.of("add", "-w", ws.toString(), first.toString(), "--id", "001_courier").code()).isZero();

    CliRun run = CliRun.of("add", "-w", ws.toString(), copy.toString(), "--id", "002_wire");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("note: shares most of its text with 001_courier (syndicated copy?)");
    assertThat(Files.readString(sources.resolve("002_wire.meta.json"))).contains("\"outlet\" : \"Northern Wire\"");
    assertThat(sources.resolve("002_wire.txt")).exists();
  }

  @Test
  void replacesASourceOnlyWhenAskedAndDropsItsOldSidecarAndSuffix() throws IOException {
    Path v1 = tmp.resolve("v1.txt");
    Files.writeString(v1, "First version of the harbour story, with the strike starting on Friday.\n");
    assertThat(CliRun.of("add", "-w", ws.toString(), v1.toString(), "--id", "harbour", "--outlet", "Courier").code()).isZero();
    Path v2 = tmp.resolve("v2.md");
    Files.writeString(v2, "Second version of the harbour story, with the strike starting on Thursday.\n");

    CliRun refused = CliRun.of("add", "-w", ws.toString(), v2.toString(), "--id", "harbour");
    CliRun replaced = CliRun.of("add", "-w", ws.toString(), v2.toString(), "--id", "harbour", "--replace");

    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("a source with id 'harbour' already exists");
    assertThat(replaced.code()).as(replaced.err()).isZero();
    assertThat(sources.resolve("harbour.md")).hasContent(Files.readString(v2).strip());
    assertThat(sources.resolve("harbour.txt")).doesNotExist();
    assertThat(sources.resolve("harbour.meta.json")).doesNotExist();
  }

  @Test
  void aFailedSidecarWriteTakesTheNewTextBackOut() throws IOException {
    Path blocker = Files.createDirectories(sources.resolve("blocked.meta.json"));
    Files.writeString(blocker.resolve("keep"), "x");
    Path file = tmp.resolve("blocked.txt");
    Files.writeString(file, "Dock workers at Westhaven walked out on Friday evening over pay.\n");
    Map<String, String> before = CliRun.snapshot(sources);

    CliRun run = CliRun.of("add", "-w", ws.toString(), file.toString(), "--outlet", "Courier");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("cannot store source 'blocked'");
    assertThat(CliRun.snapshot(sources)).isEqualTo(before);
  }

  @Test
  void refusesABinaryFile() throws IOException {
    Path file = tmp.resolve("scan.txt");
    Files.write(file, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 1, 2});
    assertRefused(new String[] {file.toString()}, "scan.txt: binary file (a NUL byte at offset 4), not text");
  }

  @Test
  void refusesAnEmptyPage() throws IOException {
    Path file = Files.createFile(tmp.resolve("empty.html"));
    assertRefused(new String[] {file.toString()}, "empty.html: empty file");
  }

  @Test
  void refusesAPageWithNoArticle() throws IOException {
    Path file = tmp.resolve("front.html");
    Files.write(file, page("front-page.html"));
    assertRefused(new String[] {file.toString()}, "front.html: no article text found on the page");
  }

  @Test
  void refusesAFileOfAnotherKind() throws IOException {
    Path file = tmp.resolve("story.pdf");
    Files.writeString(file, "%PDF-1.7");
    assertRefused(new String[] {file.toString()}, "story.pdf: cannot add this kind of file");
  }

  @Test
  void refusesAMissingPage() {
    assertRefused(new String[] {address("/missing")}, "/missing: the server answered 404 (not found), not the page");
  }

  @Test
  void refusesAPageThatIsNotText() {
    assertRefused(new String[] {address("/photo.jpg")}, "the page is image/jpeg, not text/html or text/plain");
  }

  @Test
  void refusesEndlessRedirects() {
    assertRefused(new String[] {address("/loop")}, "/loop: more than 5 redirects: refused");
  }

  @Test
  void givesUpOnASlowServer() {
    long start = System.nanoTime();
    assertRefused(new String[] {address("/slow"), "--timeout", "0.3"}, "/slow: no answer within 300 ms");
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(4_000);
  }

  @Test
  void givesUpOnAPageThatStopsHalfWay() {
    long start = System.nanoTime();
    assertRefused(new String[] {address("/stalling"), "--timeout", "0.3"}, "/stalling: the page did not arrive within 300 ms");
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(4_000);
  }

  @Test
  void stopsReadingAnEndlessPageAtTheSizeCap() {
    long start = System.nanoTime();
    assertRefused(new String[] {address("/huge"), "--max-size", "1"}, "/huge: the page is larger than 1 MB: refused");
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(4_000);
  }

  @Test
  void refusesAPageThatAnnouncesItIsOverTheSizeCap() {
    assertRefused(new String[] {address("/declared-huge"), "--max-size", "1"}, "the page is larger than 1 MB: refused");
  }

  @Test
  void refusesA50MegabytePageOverTheDefaultSizeCap() {
    assertRefused(new String[] {address("/huger")}, "/huger: the page is larger than 10 MB: refused");
  }

  @Test
  void refusesAnIdThatWouldLeaveTheSourcesFolder() throws IOException {
    Path file = tmp.resolve("x.txt");
    Files.writeString(file, "Some article text about the harbour strike.\n");
    assertRefused(new String[] {file.toString(), "--id", "../../x"}, "source id '../../x' is not allowed");
    assertThat(tmp.resolve("x.txt")).hasContent("Some article text about the harbour strike.");
    assertThat(Files.exists(ws.resolve("../../x.txt"))).isFalse();
  }

  @Test
  void refusesTheSameTextTwiceNamingTheSourceThatHasIt() throws IOException {
    Path file = tmp.resolve("carney-copy.txt");
    Files.writeString(file, Files.readString(sources.resolve("000_carney.txt")));
    assertRefused(new String[] {file.toString()}, "the same text is already in sources/ as '000_carney'");
  }

  private void assertRefused(String[] args, String problem) {
    try {
      Map<String, String> before = CliRun.snapshot(sources);
      String[] full = new String[args.length + 3];
      full[0] = "add";
      full[1] = "-w";
      full[2] = ws.toString();
      System.arraycopy(args, 0, full, 3, args.length);

      CliRun run = CliRun.of(full);

      assertThat(run.code()).as(run.err()).isEqualTo(2);
      assertThat(run.err()).contains(problem).startsWith("crosscheck: ").endsWith("\n");
      assertThat(run.err().strip()).doesNotContain("\n");
      assertThat(run.out()).isEmpty();
      assertThat(CliRun.snapshot(sources)).isEqualTo(before);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private String address(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  static byte[] page(String name) throws IOException {
    try (InputStream in = AddCommandTest.class.getResourceAsStream("/pages/" + name)) {
      return in.readAllBytes();
    }
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  /** Sends up to {@code size} bytes without a Content-Length, so only a bounded read can stop it. */
  private static void streamHuge(HttpExchange ex, long size) throws IOException {
    ex.getResponseHeaders().add("Content-Type", "text/html");
    ex.sendResponseHeaders(200, 0);
    byte[] chunk = "<p>filler text about nothing in particular</p>\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = ex.getResponseBody()) {
      for (long sent = 0; sent < size; sent += chunk.length) {
        out.write(chunk);
      }
    } catch (IOException e) {
      // the client hung up once it had read enough: that is the point
    }
  }
}
