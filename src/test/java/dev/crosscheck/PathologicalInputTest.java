package dev.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.crosscheck.bench.PathologicalInputs;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.Claim;
import dev.crosscheck.segment.Segmenter;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A pathological sentence (10,000 commas, 50,000 ones, long digit runs, capitalised runs, nested quotes…)
 * goes through the whole pipeline without hanging: no regular expression backtracks catastrophically. How
 * time grows with length is measured by {@code crosscheck bench}, not here.
 */
class PathologicalInputTest {
  /** A hang guard, not a speed test: each input takes seconds; catastrophic backtracking would take years. */
  private static final Duration HANG_GUARD = Duration.ofMinutes(2);

  static Stream<String> units() {
    return PathologicalInputs.UNITS.keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("units")
  void goesThroughThePipelineAndCitesEvidenceAtItsOffsets(String unit) {
    int chars = unit.equals("commas") ? 90_000 : unit.equals("ones") ? 300_000 : 40_000; // 10,000 commas; 50,000 "1 1 1"
    CheckResult result = assertTimeoutPreemptively(HANG_GUARD,
        () -> Pipeline.run(List.of(PathologicalInputs.source(unit, chars))));
    Article article = result.articles().get(0);
    assertThat(article.text().length()).isGreaterThan(chars);
    for (Claim c : result.claims().getOrDefault(article.id(), List.of())) {
      assertThat(article.text().substring(c.start(), c.end())).isEqualTo(c.evidenceText());
      assertThat(c.evidenceText().length()).isLessThanOrEqualTo(Segmenter.MAX_SENTENCE_CHARS);
    }
  }
}
