package dev.crosscheck.bench;

import dev.crosscheck.CheckResult;
import dev.crosscheck.Pipeline;
import dev.crosscheck.model.Source;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Map;

/** Runs the whole pipeline on one corpus in this JVM and measures it. */
public final class Benchmark {
  /** What one run measured. */
  public record Row(String corpus, int articles, long words, double seconds, double cpuSeconds,
      Map<String, Long> stageNanos, long peakHeapBytes, int claims, int findings) {
    double articlesPerSecond() {
      return articles / seconds;
    }

    double wordsPerSecond() {
      return words / seconds;
    }
  }

  private Benchmark() {}

  public static Row run(String corpus, List<Source> sources) {
    System.gc();
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    StageClock clock = new StageClock();
    long cpuStart = processCpuNanos();
    long start = System.nanoTime();
    CheckResult result = Pipeline.run(sources, clock);
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = (processCpuNanos() - cpuStart) / 1e9;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    long words = result.report().sources().stream().mapToLong(s -> s.words()).sum();
    int claims = result.claims().values().stream().mapToInt(List::size).sum();
    return new Row(corpus, sources.size(), words, seconds, cpu, clock.nanos(), peak, claims,
        result.report().findings().size());
  }

  /**
   * CPU time of the whole process (all threads, JIT and GC included): on a machine shared with other work
   * it moves much less than wall time does, so before/after comparisons stay meaningful.
   */
  static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }
}
