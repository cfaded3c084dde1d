package dev.crosscheck;

/**
 * Hears where a check is, for progress bars and benchmarks; the pipeline itself reads no clock.
 * Calls may come from several threads at once for {@link #sourceDone}.
 */
public interface PipelineListener {
  PipelineListener NONE = new PipelineListener() {};

  /** The named stage is about to run over {@code items} sources or claims. */
  default void stageStarted(String stage, int items) {}

  default void stageFinished(String stage) {}

  /** One more source has been through one of the three per-source stages (so 3 calls per source in all). */
  default void sourceDone() {}
}
