package dev.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Cited;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.FindingKind;
import dev.crosscheck.report.ClaimsFile;
import dev.crosscheck.report.Json;
import dev.crosscheck.report.MarkdownReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole pipeline on the bundled seed corpus (the repository root is the seed workspace). */
class SeedCorpusTest {
  private static final Path ROOT = Path.of("");
  private static CheckResult result;

  @BeforeAll
  static void check() {
    result = CrossCheck.check(ROOT);
  }

  @Test
  void findingsAreExactlyTheHandReviewedOnes() throws IOException {
    List<String> expected = Files.readAllLines(Path.of("src/test/resources/golden/seed-findings.txt")).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    List<String> actual = result.report().findings().stream().map(f -> String.join(" | ", f.kind().label(), f.rule(),
        f.entity(), f.slot(), String.join(",", f.sources().stream().map(s -> s.substring(0, 3)).toList()))).toList();
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  @Test
  void nextTuesdayAndTuesdayMay06AgreeOnTheMeetingDate() {
    Finding f = result.report().findings().stream()
        .filter(x -> x.kind() == FindingKind.AGREEMENT && x.rule().equals("event-date") && x.slot().startsWith("meeting"))
        .findFirst().orElseThrow();
    assertThat(f.claims()).anySatisfy(c -> {
      assertThat(c.source()).isEqualTo("000_bcfd6fea065c72ea");
      assertThat(c.evidence()).contains("next Tuesday");
      assertThat(c.value()).isEqualTo("2025-05-06");
    });
    assertThat(f.claims()).anySatisfy(c -> {
      assertThat(c.source()).isEqualTo("004_6d7ed686b6d930b6");
      assertThat(c.evidence()).contains("Tuesday (May 06)");
      assertThat(c.value()).isEqualTo("2025-05-06");
    });
  }

  @Test
  void theNowFormerPresidentIsFlaggedAgainstTheSittingOne() {
    Finding f = result.report().findings().stream()
        .filter(x -> x.kind() == FindingKind.CONTRADICTION && x.rule().equals("role-status")).findFirst().orElseThrow();
    assertThat(f.claims()).anySatisfy(c -> {
      assertThat(c.source()).isEqualTo("003_2c964859428047c5");
      assertThat(c.evidence()).contains("now-former U.S. President Donald Trump");
      assertThat(c.value()).isEqualTo("former");
    });
    assertThat(f.claims()).anySatisfy(c -> {
      assertThat(c.source()).isNotEqualTo("003_2c964859428047c5");
      assertThat(c.evidence()).contains("President Donald Trump");
      assertThat(c.value()).isEqualTo("current");
    });
  }

  @Test
  void everyCitationPointsAtItsTextInTheCleanedSource() {
    Map<String, String> texts = new java.util.HashMap<>();
    result.articles().forEach(a -> texts.put(a.id(), a.text()));
    for (Finding f : result.report().findings()) {
      for (Cited c : f.claims()) {
        assertThat(texts.get(c.source()).substring(c.start(), c.end())).isEqualTo(c.evidence());
      }
    }
    for (List<Claim> claims : result.claims().values()) {
      for (Claim c : claims) {
        assertThat(texts.get(c.source()).substring(c.evidence().start(), c.evidence().end())).isEqualTo(c.evidence().text());
      }
    }
  }

  @Test
  void committedClaimsAndReportsAreWhatCheckWritesNow() throws IOException {
    for (Map.Entry<String, List<Claim>> e : result.claims().entrySet()) {
      assertCommitted(Path.of("claims", e.getKey() + ".json"), Json.pretty(result.claimsFile(e.getKey())));
    }
    assertCommitted(Path.of("reports", "report.json"), Json.pretty(result.report()));
    assertCommitted(Path.of("reports", "report.md"), MarkdownReport.render(result.report()));
  }

  private static void assertCommitted(Path file, String expected) throws IOException {
    assertThat(Files.exists(file)).as(file + " is missing: run ./crosscheck check and commit it").isTrue();
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as(file + " is stale: run ./crosscheck check and commit the result").isEqualTo(expected);
  }

  @Test
  void oneThreadAndTwoGiveTheSameBytes() throws Exception {
    // parallel streams started inside a pool run on that pool's threads
    java.util.concurrent.ForkJoinPool one = new java.util.concurrent.ForkJoinPool(1);
    java.util.concurrent.ForkJoinPool two = new java.util.concurrent.ForkJoinPool(2);
    try {
      CheckResult single = one.submit(() -> CrossCheck.check(ROOT)).get();
      CheckResult pair = two.submit(() -> CrossCheck.check(ROOT)).get();
      assertThat(Json.pretty(single.report())).isEqualTo(Json.pretty(pair.report()));
      for (String id : single.claims().keySet()) {
        assertThat(Json.pretty(single.claimsFile(id))).isEqualTo(Json.pretty(pair.claimsFile(id)));
      }
    } finally {
      one.shutdown();
      two.shutdown();
    }
  }

  @Test
  void twoRunsGiveTheSameBytes() {
    CheckResult again = CrossCheck.check(ROOT);
    assertThat(Json.pretty(again.report())).isEqualTo(Json.pretty(result.report()));
    assertThat(Objects.equals(again.claims(), result.claims())).isTrue();
  }
}
