package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosscheck.CrossCheck;
import dev.crosscheck.SeedWorkspace;
import dev.crosscheck.report.Json;
import dev.crosscheck.store.WorkspaceLock;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code crosscheck watch} on a copy of the seed workspace, with real files and the real WatchService: what it writes
 * after each change is what a fresh {@code check} of the same sources writes. Waits poll for up to a minute, so a
 * loaded machine makes these slow, never wrong.
 */
class WatchTest {
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final String SEED_003 = "003_2c964859428047c5";

  @TempDir Path dir;
  @TempDir Path scratch;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private WorkspaceWatch watch;
  private int freshCount;

  @BeforeEach
  void startWatching() throws IOException {
    SeedWorkspace.copySeeds(dir);
    watch = new WorkspaceWatch(dir, new LockOption(), false, new PrintWriter(out, true), new PrintWriter(err, true));
    Thread t = new Thread(watch::run, "watch-under-test");
    t.setDaemon(true);
    t.start();
    await("the first check", () -> out.toString().contains("wrote claims (5 files)"));
  }

  @AfterEach
  void stopWatching() throws InterruptedException {
    watch.stop();
    assertThat(watch.awaitEnd(PATIENCE)).as("the watch ended when stopped").isTrue();
  }

  @Test
  void anAddedAndThenARemovedSourceRewriteTheOutputsAsAFreshCheckWould() throws IOException {
    assertThat(SeedWorkspace.outputs(dir)).isEqualTo(fresh());
    land("extra.txt", article(1));
    awaitLine("+ 1 source (extra): 6 sources");
    assertThat(SeedWorkspace.outputs(dir)).containsKey("claims/extra.json").isEqualTo(fresh());

    Files.delete(dir.resolve("sources/extra.txt"));
    awaitLine("- 1 source (extra): 5 sources");
    assertThat(SeedWorkspace.outputs(dir)).doesNotContainKey("claims/extra.json").isEqualTo(fresh());
    assertThat(err.toString()).contains("crosscheck: checked in ").doesNotContain("error");
  }

  @Test
  void aBadSourceIsReportedTheOutputsStayAndTheWatchGoesOnUntilItIsFixed() throws IOException {
    Map<String, String> before = SeedWorkspace.outputs(dir);
    Files.write(dir.resolve("sources/broken.txt"), new byte[] {'b', 'a', 'd', ' ', (byte) 0xE9, '\n'});
    await("the error line", () -> err.toString().contains("broken.txt: not valid UTF-8 text"));
    assertThat(SeedWorkspace.outputs(dir)).isEqualTo(before);

    land("broken.txt", article(2));
    awaitLine("+ 1 source (broken): 6 sources");
    assertThat(SeedWorkspace.outputs(dir)).isEqualTo(fresh());
  }

  @Test
  void aReviewDecisionWrittenToReviewsJsonShowsInTheReports() throws IOException {
    String id = firstContradiction();
    Path other = scratch.resolve("reviewer");
    SeedWorkspace.copySeeds(other);
    assertThat(CliRun.in(other, "check", "--quiet").code()).isZero();
    assertThat(CliRun.in(other, "review", "dismiss", id, "--reviewer", "ed", "--note", "seen").code()).isZero();
    Path reviews = other.resolve("reports/reviews.json");
    Files.copy(reviews, dir.resolve("reports/.reviews.json.incoming"));
    Files.move(dir.resolve("reports/.reviews.json.incoming"), dir.resolve("reports/reviews.json"),
        StandardCopyOption.ATOMIC_MOVE);

    awaitLine("reviews.json changed: 5 sources");
    assertThat(lines().get(lines().size() - 1)).contains(", 1 dismissed, 0 stale");
    assertThat(Files.readString(dir.resolve("reports/report.md"))).contains("seen");
    assertThat(SeedWorkspace.outputs(dir)).isEqualTo(fresh());
  }

  @Test
  void aBurstOfFiveSourcesMakesOneOrTwoRechecksNotFive() throws IOException {
    int before = lines().size();
    for (int i = 1; i <= 5; i++) {
      land("burst" + i + ".txt", article(i));
    }
    awaitLine(": 10 sources");
    List<String> rechecks = lines().subList(before, lines().size());
    assertThat(rechecks).hasSizeBetween(1, 2);
    assertThat(SeedWorkspace.outputs(dir)).isEqualTo(fresh());
  }

  @Test
  void addAndRemoveInAnotherTerminalWorkWhileWatching() throws IOException {
    Path story = Files.writeString(scratch.resolve("late-story.txt"), article(3));
    CliRun added = CliRun.in(dir, "add", story.toString(), "--published", "2025-05-07");
    assertThat(added.code()).as(added.err()).isZero();
    awaitLine("+ 1 source (late-story): 6 sources");
    assertThat(SeedWorkspace.outputs(dir)).isEqualTo(fresh());

    CliRun removed = CliRun.in(dir, "remove", "late-story");
    assertThat(removed.code()).as(removed.err()).isZero();
    awaitLine("- 1 source (late-story): 5 sources");
    assertThat(SeedWorkspace.outputs(dir)).isEqualTo(fresh());
  }

  @Test
  void aSourceLandingWhileAnotherRunHoldsTheLockIsCheckedWhenTheLockIsFree() throws Exception {
    int before = lines().size();
    try (WorkspaceLock held = WorkspaceLock.acquire(dir, "another run", Duration.ZERO)) {
      land("locked-out.txt", article(5));
      Thread.sleep(2 * WorkspaceWatch.SETTLE.toMillis() + 500); // the watch is now waiting for the lock
      assertThat(lines()).hasSize(before);
    }
    awaitLine("+ 1 source (locked-out): 6 sources");
    assertThat(SeedWorkspace.outputs(dir)).isEqualTo(fresh());
  }

  @Test
  void editorLeftoversAndTheToolsOwnTempFilesAreNotSources() {
    Path sources = dir.resolve("sources");
    assertThat(watch.matters(sources, Path.of(".003.txt.12345.tmp"))).isFalse();
    assertThat(watch.matters(sources, Path.of(".003.txt.swp"))).isFalse();
    assertThat(watch.matters(sources, Path.of("003.txt~"))).isFalse();
    assertThat(watch.matters(sources, Path.of("4913"))).isFalse();
    assertThat(watch.matters(sources, Path.of("003.txt"))).isTrue();
    assertThat(watch.matters(sources, Path.of("003.meta.json"))).isTrue();
    assertThat(watch.matters(sources, Path.of("aliases.json"))).isTrue();
    assertThat(watch.matters(dir.resolve("reports"), Path.of("report.json"))).isFalse();
    assertThat(watch.matters(dir.resolve("reports"), Path.of("reviews.json"))).isTrue();
  }

  /** A new article: the start of seed 003 under a headline of its own, so each {@code n} is another source. */
  static String article(int n) throws IOException {
    String text = Files.readString(Path.of("sources", SEED_003 + ".txt"), StandardCharsets.UTF_8);
    return "Follow-up report number " + n + " on the meeting.\n\n" + text.substring(0, 3000 + 100 * n) + "\n";
  }

  /** Writes {@code name} into sources/ as an editor or a download would finish it: a dotfile renamed into place. */
  private void land(String name, String text) throws IOException {
    Path temp = Files.writeString(dir.resolve("sources/." + name + ".part"), text);
    Files.move(temp, dir.resolve("sources").resolve(name), StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }

  /** What a first check of a copy of the watched sources (and reviews) writes. */
  private Map<String, String> fresh() throws IOException {
    Path copy = scratch.resolve("fresh" + freshCount++);
    SeedWorkspace.copySources(dir.resolve("sources"), copy.resolve("sources"));
    Path reviews = dir.resolve("reports/reviews.json");
    if (Files.exists(reviews)) {
      Files.createDirectories(copy.resolve("reports"));
      Files.copy(reviews, copy.resolve("reports/reviews.json"));
    }
    CrossCheck.checkAndWrite(copy);
    return SeedWorkspace.outputs(copy);
  }

  private String firstContradiction() throws IOException {
    for (JsonNode f : Json.MAPPER.readTree(dir.resolve("reports/report.json").toFile()).get("findings")) {
      if (f.get("kind").asText().equals("contradiction")) {
        return f.get("id").asText();
      }
    }
    throw new AssertionError("the seeds have contradictions");
  }

  private List<String> lines() {
    return out.toString().lines().toList();
  }

  private void awaitLine(String part) {
    await("a line with '" + part + "'", () -> lines().stream().anyMatch(l -> l.contains(part)));
  }

  private void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no " + what + " in " + PATIENCE.toSeconds() + " s; stdout:\n" + out + "\nstderr:\n" + err);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
