package dev.crosscheck.cli;

import dev.crosscheck.PipelineListener;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr for checks long enough to wait for: it appears only when stderr is a terminal
 * and the run is still going after {@link #DELAY_NANOS}, so short runs and pipes stay silent.
 */
final class ProgressDisplay implements PipelineListener, AutoCloseable {
  private static final long DELAY_NANOS = 1_500_000_000L;
  private final long total;
  private final long started = System.nanoTime();
  private final AtomicLong done = new AtomicLong();
  private final PrintStream stream;
  private ProgressBar bar;

  private ProgressDisplay(int sources, PrintStream stream) {
    this.total = 3L * sources;
    this.stream = stream;
  }

  /** A listener that shows progress, or does nothing when output is not a terminal or quiet was asked for. */
  static PipelineListener forRun(int sources, boolean quiet) {
    return quiet || System.console() == null ? PipelineListener.NONE : new ProgressDisplay(sources, System.err);
  }

  @Override
  public synchronized void sourceDone() {
    long n = done.incrementAndGet();
    if (bar == null && System.nanoTime() - started > DELAY_NANOS && n < total) {
      bar = new ProgressBarBuilder().setTaskName("checking").setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
          .setConsumer(new ConsoleProgressBarConsumer(stream)).setUpdateIntervalMillis(200).build();
    }
    if (bar != null) {
      bar.stepTo(n);
    }
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
