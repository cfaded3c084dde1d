package dev.crosscheck.cli;

import dev.crosscheck.PipelineListener;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr for checks long enough to wait for: it appears only when stderr is a terminal
 * and the run is still going after {@link #DELAY_NANOS}, so short runs, pipes and --quiet stay silent.
 */
final class ProgressDisplay implements PipelineListener, AutoCloseable {
  private static final long DELAY_NANOS = 1_500_000_000L;
  private final boolean enabled;
  private final PrintStream stream;
  private final long started = System.nanoTime();
  private long total;
  private long done;
  private ProgressBar bar;

  ProgressDisplay(boolean quiet) {
    this.enabled = !quiet && System.console() != null;
    this.stream = System.err;
  }

  @Override
  public synchronized void stageStarted(String stage, int items) {
    if (total == 0) {
      total = 3L * items; // the first stage is over the sources, and each passes three per-source stages
    }
  }

  @Override
  public synchronized void sourceDone() {
    done++;
    if (!enabled) {
      return;
    }
    if (bar == null && System.nanoTime() - started > DELAY_NANOS && done < total) {
      bar = new ProgressBarBuilder().setTaskName("checking").setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
          .setConsumer(new ConsoleProgressBarConsumer(stream)).setUpdateIntervalMillis(200).build();
    }
    if (bar != null) {
      bar.stepTo(done);
    }
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
