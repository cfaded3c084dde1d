package dev.crosscheck.bench;

import dev.crosscheck.PipelineListener;
import java.util.LinkedHashMap;
import java.util.Map;

/** Times each pipeline stage from the outside, so the stages themselves stay free of clocks. */
final class StageClock implements PipelineListener {
  private final Map<String, Long> started = new LinkedHashMap<>();
  private final Map<String, Long> nanos = new LinkedHashMap<>();

  @Override
  public void stageStarted(String stage, int items) {
    started.put(stage, System.nanoTime());
  }

  @Override
  public void stageFinished(String stage) {
    nanos.merge(stage, System.nanoTime() - started.get(stage), Long::sum);
  }

  Map<String, Long> nanos() {
    return nanos;
  }
}
