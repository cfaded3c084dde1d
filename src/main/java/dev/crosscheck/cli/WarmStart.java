package dev.crosscheck.cli;

import dev.crosscheck.Pipeline;
import dev.crosscheck.model.Source;
import dev.crosscheck.model.SourceMeta;
import dev.crosscheck.report.ReportFiles;
import java.time.LocalDate;
import java.util.List;

/**
 * A cold check of a few sources spends most of its time loading classes and compiling patterns, one after the
 * other on one core. This checks a small made-up article on a second thread meanwhile, so those costs are paid on
 * the other core while the first reads the workspace; its result is thrown away (the stages are pure).
 */
final class WarmStart {
  private static final String TEXT = """
      Prime Minister Mark Carney met U.S. President Donald Trump in Washington on Tuesday, May 6, 2025.
      “We will not sell Canada,” Carney said, according to his office. Trump said the tariffs of 25 per cent would stay.
      About 3,000 people, up from 1,200 last week, attended the meeting two days ago.
      """;

  private WarmStart() {}

  /** Starts the warm-up on a daemon thread: it never delays the exit, and a failure in it is ignored. */
  static void begin() {
    Thread t = new Thread(() -> {
      try {
        var result = Pipeline.run(List.of(new Source(new SourceMeta("warm-start", "Warm start", "Outlet", null,
            LocalDate.of(2025, 5, 7), false, null), TEXT)));
        ReportFiles.of(result.report()).values().forEach(java.util.function.Supplier::get);
      } catch (RuntimeException | LinkageError e) {
        // only a warm-up: the real check reports any problem itself
      }
    }, "crosscheck-warm-start");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
  }
}
