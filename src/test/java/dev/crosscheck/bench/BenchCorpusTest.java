package dev.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.ingest.SourceFiles;
import dev.crosscheck.model.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCorpusTest {
  private static final List<Source> SEEDS = SourceFiles.readAll(Path.of("sources"));

  @Test
  void aScaledCorpusHasTheSizeAskedForUniqueIdsAndIsTheSameEveryTime() {
    List<Source> scaled = BenchCorpus.scaled(SEEDS, 23, 42);
    assertThat(scaled).hasSize(23);
    assertThat(new HashSet<>(scaled.stream().map(Source::id).toList())).hasSize(23);
    assertThat(BenchCorpus.scaled(SEEDS, 23, 42)).isEqualTo(scaled);
    // copies of one article differ a little, so alignment has disagreements to find
    assertThat(scaled.stream().filter(s -> s.id().endsWith(SEEDS.get(0).id())).map(Source::text).distinct().count())
        .isGreaterThan(1);
  }

  @Test
  void readsEcbPlusDocumentsOneSentencePerLine(@TempDir Path dir) throws Exception {
    Path jsonl = dir.resolve("docs.jsonl");
    Files.writeString(jsonl, "{\"doc\": \"1_1ecb\", \"sentences\": [{\"i\": 0, \"text\": \"First one.\"}, "
        + "{\"i\": 1, \"text\": \"Second one.\"}]}\n\n{\"doc\": \"1/2 ecb\", \"sentences\": []}\n");
    List<Source> docs = BenchCorpus.ecbPlus(jsonl);
    assertThat(docs).extracting(Source::id).containsExactly("ecb_1_1ecb", "ecb_1_2_ecb");
    assertThat(docs.get(0).text()).isEqualTo("First one.\nSecond one.\n");
  }

  @Test
  void aBenchmarkRowCountsWhatTheCheckProducedAndTimesEveryStage() {
    Benchmark.Row row = Benchmark.run("seeds", SEEDS);
    dev.crosscheck.CheckResult check = dev.crosscheck.CrossCheck.check(SEEDS);
    assertThat(row.articles()).isEqualTo(SEEDS.size());
    assertThat(row.claims()).isEqualTo(check.claims().values().stream().mapToInt(List::size).sum()).isPositive();
    assertThat(row.findings()).isEqualTo(check.report().findings().size()).isPositive();
    assertThat(row.stageNanos().keySet())
        .containsExactly("clean+segment", "copies", "normalise", "extract", "resolve", "align", "judge", "report");
    assertThat(row.peakHeapBytes()).isPositive();
    assertThat(row.cpuSeconds()).isPositive();
  }
}
