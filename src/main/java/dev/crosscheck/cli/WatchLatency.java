package dev.crosscheck.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The bench's row for {@code watch}: a real watch process on a checked workspace, and the time from a new source
 * file's rename into sources/ until the watch has rewritten claims and reports (its summary line is printed after
 * the writes). The debounce is part of it: it is what the analyst waits for.
 */
final class WatchLatency {
  private static final long PATIENCE_SECONDS = 300;
  /** Long enough for the watch's rehearsals after its first check (WorkspaceWatch) on 1,000 sources. */
  private static final java.time.Duration IDLE_BEFORE = java.time.Duration.ofSeconds(15);

  private WatchLatency() {}

  /**
   * Starts {@code command watch} on {@code workspace}, waits (untimed) for its first check and 15 s more, then lands
   * each of {@code texts} as a new source and removes it again, timing both; returns a line of figures.
   */
  static String measure(List<String> command, Path workspace, List<String> texts) throws IOException,
      InterruptedException {
    List<String> args = new ArrayList<>(command);
    args.addAll(List.of("watch", "--workspace", workspace.toString()));
    Process p = new ProcessBuilder(args).start();
    BlockingQueue<String> out = lines(p.getInputStream());
    BlockingQueue<String> err = lines(p.getErrorStream());
    try {
      if (next(out, "wrote claims") == null || next(err, "watching sources/") == null) {
        return "failed (no first check)";
      }
      Thread.sleep(IDLE_BEFORE.toMillis()); // sources arrive a while after the watch starts, as for an analyst
      List<Double> added = new ArrayList<>();
      List<Double> removed = new ArrayList<>();
      List<Double> checks = new ArrayList<>();
      List<Double> cpu = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        Path sources = workspace.resolve("sources");
        Path temp = Files.writeString(sources.resolve(".watched_" + i + ".txt.part"), texts.get(i));
        Path file = sources.resolve("watched_" + i + ".txt");
        double cpuBefore = cpuSeconds(p);
        long start = System.nanoTime();
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        if (next(out, "+ 1 source (watched_" + i + ")") == null) {
          return "failed (no re-check after adding a source)";
        }
        added.add((System.nanoTime() - start) / 1e9);
        cpu.add(cpuSeconds(p) - cpuBefore);
        checks.add(checkSeconds(err));
        start = System.nanoTime();
        Files.delete(file);
        if (next(out, "- 1 source (watched_" + i + ")") == null) {
          return "failed (no re-check after removing a source)";
        }
        removed.add((System.nanoTime() - start) / 1e9);
        checkSeconds(err);
      }
      return String.format(Locale.ROOT, "added: median %.2f s (%s; of which the check itself: median %.2f s, the rest "
          + "is the %d ms settling time and noticing the change; CPU of the watch process: median %.2f s); removed "
          + "again: median %.2f s (%s)", median(added), list(added), median(checks), WorkspaceWatch.SETTLE.toMillis(),
          median(cpu), median(removed), list(removed));
    } finally {
      p.destroy();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
  }

  /** The process's CPU time so far (all its threads), which a machine shared with other work moves less than wall time. */
  private static double cpuSeconds(Process p) {
    return p.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
  }

  /** Reads a stream's lines on a thread of their own, so waiting for one adds no delay. */
  private static BlockingQueue<String> lines(InputStream stream) {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread t = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          lines.add(line);
        }
      } catch (IOException e) {
        // the process ended
      }
    }, "crosscheck-bench-watch-output");
    t.setDaemon(true);
    t.start();
    return lines;
  }

  /** The next line containing {@code part}, skipping others; null after {@link #PATIENCE_SECONDS}. */
  private static @Nullable String next(BlockingQueue<String> lines, String part) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
    while (true) {
      String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (line == null || line.contains(part)) {
        return line;
      }
    }
  }

  /** The watch's own figure for its last check, from "crosscheck: checked in 0.71 s, 0.93 s after the change". */
  private static double checkSeconds(BlockingQueue<String> err) throws InterruptedException {
    String line = next(err, "checked in ");
    if (line == null) {
      return Double.NaN;
    }
    String figure = line.substring(line.indexOf("checked in ") + "checked in ".length());
    return Double.parseDouble(figure.substring(0, figure.indexOf(' ')));
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static String list(List<Double> values) {
    return String.join(", ", values.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList());
  }
}
