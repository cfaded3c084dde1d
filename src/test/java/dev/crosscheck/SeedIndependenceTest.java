package dev.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Finding;
import dev.crosscheck.model.FindingKind;
import dev.crosscheck.model.Report;
import dev.crosscheck.model.SourceSummary;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Copied passages, voices and reliability on the bundled seed corpus. */
class SeedIndependenceTest {
  private static Report report;

  @BeforeAll
  static void check() {
    report = CrossCheck.check(Path.of("")).report();
  }

  @Test
  void thePhoneCallParagraphOf000And004IsACopyButTheSharedQuotationIsNot() {
    assertThat(report.copied()).singleElement().satisfies(p -> {
      assertThat(p.sourceA()).startsWith("000_");
      assertThat(p.sourceB()).startsWith("004_");
      assertThat(p.textA()).startsWith("While details of the Washington visit are still being finalised");
      assertThat(p.textB()).startsWith("The exact details of the visit are still being finalised");
      assertThat(p.textA() + p.textB()).doesNotContain("mutual betterment");
    });
  }

  @Test
  void theSourceCallingTrumpFormerIsTheLeastBorneOutAndTheSittingPresidentSideIsBetterSupported() {
    SourceSummary least = report.sources().stream().min(Comparator.comparingDouble(SourceSummary::reliability)).orElseThrow();
    assertThat(least.id()).startsWith("003_");
    java.util.regex.Matcher basis = java.util.regex.Pattern.compile("agrees with independent sources on (\\d+) of (\\d+) "
        + "compared facts; \\d+ iterations").matcher(least.reliabilityBasis());
    assertThat(basis.matches()).as(least.reliabilityBasis()).isTrue();
    assertThat(Integer.parseInt(basis.group(1))).isLessThan(Integer.parseInt(basis.group(2)));
    assertThat(report.sources()).allSatisfy(s -> assertThat(s.reliability()).isBetween(0.0, 1.0));
    Finding trump = report.findings().stream().filter(f -> f.kind() == FindingKind.CONTRADICTION && f.rule().equals("role-status"))
        .findFirst().orElseThrow();
    assertThat(trump.support().get("current")).isGreaterThan(trump.support().get("former"));
    assertThat(trump.notes()).singleElement().asString()
        .startsWith("better supported: current").contains("4 independent voices").contains("1 independent voice)");
  }

  @Test
  void noSeedFindingRestsOnCopiedTextAlone() {
    assertThat(report.findings()).allSatisfy(f -> assertThat(f.voices()).isEqualTo(f.sources().size()));
  }
}
