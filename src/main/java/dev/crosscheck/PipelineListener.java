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

  /** One more source has been through the per-source stages. */
  default void sourceDone() {}
}
