package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.report.ClaimsFile;
import dev.crosscheck.report.Json;
import dev.crosscheck.store.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} killed at random points ({@code destroyForcibly}, a real child process) many times over:
 * the sources are never touched, every output file that exists parses, and the next check succeeds and
 * writes the same bytes as a check that was never interrupted.
 */
class CrashSafetyTest {
  static final int KILLS = 30;

  @TempDir Path dir;

  @Test
  void checkKilledAtRandomPointsLosesNothingAndTheNextCheckWritesWhatACleanOneWrites() throws Exception {
    Path clean = CliProcess.seedWorkspace(dir.resolve("clean"));
    assertThat(CliRun.of("-w", clean.toString(), "check", "--quiet").code()).isZero();
    Path ws = CliProcess.seedWorkspace(dir.resolve("ws"));
    Path logs = dir.resolve("logs");
    Map<String, String> sources = CliRun.snapshot(ws.resolve("sources"));

    // one full run as a child process sets the range the kills fall in: start-up, reading, writing
    long started = System.nanoTime();
    assertThat(CliProcess.run(ws, logs, "timing", "check", "--quiet").code()).isZero();
    long runMillis = (System.nanoTime() - started) / 1_000_000;
    deleteOutputs(ws);

    Random random = new Random(20250502);
    int finishedBeforeKill = 0;
    for (int i = 0; i < KILLS; i++) {
      Process check = CliProcess.start(ws, logs, "kill-" + i, "check", "--quiet");
      Thread.sleep((long) (random.nextDouble() * runMillis));
      boolean finished = !check.isAlive();
      check.destroyForcibly().waitFor();
      assertThat(CliRun.snapshot(ws.resolve("sources"))).as("kill %d", i).isEqualTo(sources);
      assertOutputsParse(ws);
      if (finished) {
        finishedBeforeKill++;
        deleteOutputs(ws); // a finished run lets the next reuse its claims and end sooner: start again from nothing
      }
    }
    assertThat(finishedBeforeKill).as("kills that landed inside a run").isLessThan(KILLS);

    CliRun last = CliProcess.run(ws, logs, "last", "check", "--quiet");
    assertThat(last.err()).isEmpty();
    assertThat(last.code()).isZero();
    assertThat(CliRun.snapshot(ws.resolve("claims"))).isEqualTo(CliRun.snapshot(clean.resolve("claims")));
    assertThat(CliRun.snapshot(ws.resolve("reports"))).isEqualTo(CliRun.snapshot(clean.resolve("reports")));
  }

  /** Every claims and report file there is reads as what it claims to be; temp files are hidden, never outputs. */
  private static void assertOutputsParse(Path ws) throws IOException {
    for (Path f : files(ws.resolve("claims"))) {
      if (!AtomicFiles.isTemp(f)) {
        assertThat(f.getFileName().toString()).endsWith(".json");
        assertThat(Json.MAPPER.readValue(f.toFile(), ClaimsFile.class).schema()).isEqualTo(ClaimsFile.SCHEMA);
      }
    }
    for (Path f : files(ws.resolve("reports"))) {
      if (!AtomicFiles.isTemp(f)) {
        String name = f.getFileName().toString();
        assertThat(name).isIn("report.json", "report.md", "report.html", "report.csv");
        String text = Files.readString(f);
        switch (name) {
          case "report.json" -> assertThat(Json.MAPPER.readTree(text).get("schema").asText()).startsWith("crosscheck-report/");
          case "report.md" -> assertThat(text).startsWith("#");
          case "report.html" -> assertThat(text).startsWith("<!DOCTYPE html>").contains("</html>");
          default -> assertThat(text).startsWith("id,kind,rule,").endsWith("\n");
        }
      }
    }
  }

  private static List<Path> files(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(folder)) {
      return list.sorted().toList();
    }
  }

  private static void deleteOutputs(Path ws) throws IOException {
    for (String folder : new String[] {"claims", "reports"}) {
      for (Path f : files(ws.resolve(folder))) {
        Files.delete(f);
      }
    }
  }
}
