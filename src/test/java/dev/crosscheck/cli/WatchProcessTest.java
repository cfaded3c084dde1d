package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.CrossCheck;
import dev.crosscheck.SeedWorkspace;
import dev.crosscheck.report.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosscheck watch} as a real child process, ended the way a user ends it: Ctrl-C or kill (SIGTERM). */
class WatchProcessTest {
  @TempDir Path dir;
  @TempDir Path logs;
  @TempDir Path scratch;

  @Test
  void sigtermDuringARecheckEndsTheWatchWithExitZeroAndLeavesOnlyWholeFiles() throws Exception {
    assertThat(endDuringARecheck(false)).isZero();
    assertOutputsWholeAndTheNextCheckAsAFirstOne();
  }

  @Test
  void killedDuringARecheckTheWatchLeavesOnlyWholeFiles() throws Exception {
    assertThat(endDuringARecheck(true)).isNotZero(); // SIGKILL: no clean exit, and still nothing lost
    assertOutputsWholeAndTheNextCheckAsAFirstOne();
  }

  /** Starts a watch, lands a source, ends the watch while it re-checks; returns the exit code. */
  private int endDuringARecheck(boolean forcibly) throws Exception {
    CliProcess.seedWorkspace(dir);
    Process p = CliProcess.start(dir, logs, "watch", "watch");
    try {
      awaitInLog("watch.err", "watching sources/");
      Path temp = Files.writeString(dir.resolve("sources/.late.txt.part"), WatchTest.article(4));
      Files.move(temp, dir.resolve("sources/late.txt"), StandardCopyOption.ATOMIC_MOVE);
      Thread.sleep(WorkspaceWatch.SETTLE.toMillis() + 100); // the re-check is starting or under way
      if (forcibly) {
        p.destroyForcibly(); // SIGKILL
      } else {
        p.destroy(); // SIGTERM
      }
      assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("the watch ended").isTrue();
    } finally {
      p.destroyForcibly();
    }
    assertThat(Files.readString(logs.resolve("watch.out"))).startsWith("5 sources, 122 claims:");
    return p.exitValue();
  }

  private void assertOutputsWholeAndTheNextCheckAsAFirstOne() throws IOException {
    try (Stream<Path> outputs = Stream.concat(Files.list(dir.resolve("claims")), Files.list(dir.resolve("reports")))) {
      for (Path f : outputs.filter(f -> f.toString().endsWith(".json")).toList()) {
        Json.MAPPER.readTree(f.toFile()); // every output is whole: old or new, never half written
      }
    }
    // the next check writes what a first check of the same sources writes
    CrossCheck.checkAndWrite(dir);
    Path fresh = scratch.resolve("fresh");
    SeedWorkspace.copySources(dir.resolve("sources"), fresh.resolve("sources"));
    CrossCheck.checkAndWrite(fresh);
    assertThat(SeedWorkspace.outputs(dir)).isEqualTo(SeedWorkspace.outputs(fresh));
  }

  @Test
  void aBadSourceAtTheFirstCheckIsReportedAndTheWatchWaitsForItToBeFixed() throws Exception {
    CliProcess.seedWorkspace(dir);
    Files.write(dir.resolve("sources/broken.txt"), new byte[] {'b', 'a', 'd', ' ', (byte) 0xE9, '\n'});
    Process p = CliProcess.start(dir, logs, "watch", "watch");
    try {
      awaitInLog("watch.err", "broken.txt: not valid UTF-8 text");
      awaitInLog("watch.err", "watching sources/");
      assertThat(dir.resolve("claims")).doesNotExist();
      Path temp = Files.writeString(dir.resolve("sources/.broken.txt.part"), WatchTest.article(6));
      Files.move(temp, dir.resolve("sources/broken.txt"), StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
      awaitInLog("watch.out", "wrote claims (6 files)");
      p.destroy();
      assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
      assertThat(p.exitValue()).isZero();
    } finally {
      p.destroyForcibly();
    }
    assertThat(Files.readString(logs.resolve("watch.out"))).startsWith("6 sources, ");
  }

  @Test
  void aWorkspaceWithNoSourcesFolderIsAnInputError() throws Exception {
    CliRun run = CliProcess.run(dir, logs, "nowhere", "watch");
    assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).contains("no sources folder");
  }

  private void awaitInLog(String name, String text) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    Path log = logs.resolve(name);
    while (!(Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(text))) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no '" + text + "' in " + name + ": " + List.of(Files.readString(log)));
      }
      Thread.sleep(50);
    }
  }
}
