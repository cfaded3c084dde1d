package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two runs on one workspace at once, as real processes: the second waits for the first, or refuses clearly. */
class WorkspaceLockTest {
  @TempDir Path dir;
  Path ws;
  Path logs;
  Process holder;

  @BeforeEach
  void seeds() throws IOException {
    ws = CliProcess.seedWorkspace(dir.resolve("ws"));
    logs = dir.resolve("logs");
  }

  @AfterEach
  void killHolder() {
    if (holder != null) {
      holder.destroyForcibly();
    }
  }

  /** Starts a child process that holds the workspace's lock until it is killed. */
  private Process holdLock() throws IOException {
    Process p = new ProcessBuilder(CliProcess.java(LockHolder.class, ws.toString())).redirectErrorStream(true).start();
    String line = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
    assertThat(line).as("the holder took the lock").isEqualTo("locked");
    return p;
  }

  @Test
  void whileAnotherProcessHoldsTheLockWritersRefuseWithOneLineAndChangeNothing() throws Exception {
    holder = holdLock();
    Map<String, String> before = CliRun.snapshot(ws.resolve("sources"));

    CliRun check = CliProcess.run(ws, logs, "check", "check", "--wait", "1");
    assertThat(check.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(check.err()).isEqualTo("crosscheck: " + ws.resolve(".crosscheck.lock") + ": the workspace is in use by another "
        + "crosscheck run (pid " + holder.pid() + ": test holder); waited 1 s: try again when it has finished, or give "
        + "--wait with more seconds" + System.lineSeparator());
    assertThat(ws.resolve("claims")).doesNotExist();

    Path article = Files.writeString(dir.resolve("extra.txt"), "The harbour reopened on Monday, the port authority said.\n");
    CliRun add = CliRun.of("-w", ws.toString(), "add", article.toString(), "--wait", "0");
    CliRun remove = CliRun.of("-w", ws.toString(), "remove", "000_bcfd6fea065c72ea", "--wait", "0");
    for (CliRun refused : new CliRun[] {add, remove}) {
      assertThat(refused.code()).isEqualTo(Main.BAD_INPUT);
      assertThat(refused.err()).startsWith("crosscheck: " + ws.resolve(".crosscheck.lock") + ": the workspace is in use")
          .hasLineCount(1);
    }
    assertThat(CliRun.snapshot(ws.resolve("sources"))).isEqualTo(before);
  }

  @Test
  void aKilledHolderLeavesNoStaleLock() throws Exception {
    holder = holdLock();
    holder.destroyForcibly().waitFor();
    assertThat(ws.resolve(".crosscheck.lock")).exists();

    CliRun check = CliRun.of("-w", ws.toString(), "check", "--quiet", "--wait", "0");
    assertThat(check.err()).isEmpty();
    assertThat(check.code()).isZero();
  }

  @Test
  void aWaitingRunGoesOnOnceTheHolderIsGone() throws Exception {
    holder = holdLock();
    Process waiting = CliProcess.start(ws, logs, "waiting", "check", "--wait", "120");
    Thread.sleep(1500);
    assertThat(waiting.isAlive()).as("the second run waits while the lock is held").isTrue();
    holder.destroyForcibly();

    CliRun check = CliProcess.finish(waiting, logs, "waiting");
    assertThat(check.err()).isEmpty();
    assertThat(check.code()).isZero();
    assertThat(check.out()).startsWith("5 sources, ");
  }

  @Test
  void twoChecksAndTwoAddsAtOnceAllSucceedAndLoseNothing() throws Exception {
    Path a = Files.writeString(dir.resolve("harbour.txt"), "The harbour reopened on Monday after a strike of twelve days, "
        + "the port authority said in a statement on its website.\n");
    Path b = Files.writeString(dir.resolve("rail.txt"), "The rail line to the coast will close for three weeks in June "
        + "for repairs, the operator announced on Tuesday.\n");
    Process[] runs = {
        CliProcess.start(ws, logs, "check1", "check", "--wait", "300"),
        CliProcess.start(ws, logs, "add1", "add", a.toString(), "--wait", "300"),
        CliProcess.start(ws, logs, "check2", "check", "--wait", "300"),
        CliProcess.start(ws, logs, "add2", "add", b.toString(), "--wait", "300")};
    String[] names = {"check1", "add1", "check2", "add2"};
    for (int i = 0; i < runs.length; i++) {
      CliRun run = CliProcess.finish(runs[i], logs, names[i]);
      assertThat(run.err()).as(names[i]).isEmpty();
      assertThat(run.code()).as(names[i]).isZero();
    }
    assertThat(ws.resolve("sources/harbour.txt")).exists();
    assertThat(ws.resolve("sources/rail.txt")).exists();

    // whatever order they ran in, one more check writes what a check of the final sources writes
    CliRun last = CliRun.of("-w", ws.toString(), "check", "--quiet");
    assertThat(last.code()).isZero();
    Path clean = CliProcess.seedWorkspace(dir.resolve("clean"));
    Files.copy(a, clean.resolve("sources/harbour.txt"));
    Files.copy(b, clean.resolve("sources/rail.txt"));
    assertThat(CliRun.of("-w", clean.toString(), "check", "--quiet").code()).isZero();
    assertThat(CliRun.snapshot(ws.resolve("reports"))).isEqualTo(CliRun.snapshot(clean.resolve("reports")));
    assertThat(CliRun.snapshot(ws.resolve("claims"))).isEqualTo(CliRun.snapshot(clean.resolve("claims")));
  }

  @Test
  void twoReviewersDecidingAtOnceLoseNoDecision() throws Exception {
    assertThat(CliRun.of("-w", ws.toString(), "check", "--quiet").code()).isZero();
    com.fasterxml.jackson.databind.JsonNode findings =
        dev.crosscheck.report.Json.MAPPER.readTree(ws.resolve("reports/report.json").toFile()).get("findings");
    String first = findings.get(0).get("id").asText();
    String second = findings.get(1).get("id").asText();
    Process[] runs = {
        CliProcess.start(ws, logs, "confirm", "review", "confirm", first, "--reviewer", "ana", "--wait", "300"),
        CliProcess.start(ws, logs, "dismiss", "review", "dismiss", second, "--reviewer", "ben", "--note", "n", "--wait", "300")};
    String[] names = {"confirm", "dismiss"};
    for (int i = 0; i < runs.length; i++) {
      CliRun run = CliProcess.finish(runs[i], logs, names[i]);
      assertThat(run.err()).as(names[i]).isEmpty();
      assertThat(run.code()).as(names[i]).isZero();
    }
    String reviews = Files.readString(ws.resolve("reports/reviews.json"));
    assertThat(reviews).contains(first).contains(second).contains("\"ana\"").contains("\"ben\"");
  }
}
