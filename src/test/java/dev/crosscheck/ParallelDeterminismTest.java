package dev.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.ingest.SourceFiles;
import dev.crosscheck.model.Source;
import dev.crosscheck.report.Json;
import dev.crosscheck.report.MarkdownReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/** The seeds and the ECB+ sample checked together on 1, 2 and 4 threads give byte-identical claims and reports. */
class ParallelDeterminismTest {
  @Test
  void anyNumberOfThreadsWritesTheSameBytes() throws Exception {
    List<Source> sources = new ArrayList<>(SourceFiles.readAll(Path.of("sources")));
    sources.addAll(SourceFiles.readAll(Path.of("src/test/resources/ecbplus/sources")));
    List<String> outputs = new ArrayList<>();
    for (int threads : new int[] {1, 2, 4}) {
      // parallel streams started inside a pool run on that pool's threads
      ForkJoinPool pool = new ForkJoinPool(threads);
      try {
        CheckResult r = pool.submit(() -> CrossCheck.check(sources)).get();
        StringBuilder all = new StringBuilder(Json.pretty(r.report())).append(MarkdownReport.render(r.report()));
        r.claims().keySet().forEach(id -> all.append(Json.pretty(r.claimsFile(id))));
        outputs.add(all.toString());
      } finally {
        pool.shutdown();
      }
    }
    assertThat(outputs.get(0)).contains("1_1ecb").contains("003_2c964859428047c5");
    assertThat(outputs.get(1)).isEqualTo(outputs.get(0));
    assertThat(outputs.get(2)).isEqualTo(outputs.get(0));
  }
}
