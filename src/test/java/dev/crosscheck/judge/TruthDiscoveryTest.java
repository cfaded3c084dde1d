package dev.crosscheck.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.align.Aligner;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.CopiedPassage;
import dev.crosscheck.model.CopiedPassages;
import dev.crosscheck.model.Evidence;
import dev.crosscheck.model.SourceReliability;
import dev.crosscheck.model.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TruthDiscoveryTest {
  private static Claim role(String source, String person, String office, String status) {
    String sentence = status + " " + office + " " + person;
    return new Claim("role-" + source + person, "role", source, new Evidence(source, 0, sentence.length(), sentence),
        person, "person:" + person, office, status, Map.of());
  }

  private static Judgement judge(CopiedPassages copies, List<String> sources, List<Claim> claims) {
    return Judge.judge(Aligner.align(claims), copies, sources);
  }

  /** a, b and c agree on two mayors; d agrees on one and says the other is former. */
  private static List<Claim> town() {
    return List.of(
        role("a", "silva", "mayor", "current"), role("b", "silva", "mayor", "current"),
        role("c", "silva", "mayor", "current"), role("d", "silva", "mayor", "former"),
        role("a", "costa", "governor", "current"), role("b", "costa", "governor", "current"),
        role("d", "costa", "governor", "current"));
  }

  @Test
  void aSourceAgreeingWithOthersRanksAboveOneThatDisagrees() {
    Map<String, SourceReliability> r = judge(CopiedPassages.NONE, List.of("a", "b", "c", "d"), town()).reliability();
    assertThat(r.get("a").score()).isGreaterThan(r.get("d").score());
    assertThat(r.get("c").score()).isGreaterThan(r.get("d").score());
    assertThat(r.get("a").basis()).startsWith("agrees with independent sources on 2 of 2 compared facts; ");
    assertThat(r.get("d").basis()).startsWith("agrees with independent sources on 1 of 2 compared facts; ");
    assertThat(r.get("d").compared()).isEqualTo(2);
    assertThat(r.get("d").agreed()).isEqualTo(1);
  }

  @Test
  void aCopierDoesNotVoteTwice() {
    // x and its copy y say "former"; z and w say "current": with the copy seen, "current" has more independent voices
    List<Claim> claims = List.of(role("x", "silva", "mayor", "former"), role("y", "silva", "mayor", "former"),
        role("z", "silva", "mayor", "current"), role("w", "silva", "mayor", "current"), role("v", "silva", "mayor", "current"));
    CopiedPassages yCopiesX = new CopiedPassages(List.of(new CopiedPassage("x", new Span(0, 100), "y", new Span(0, 100), 20, "…", "…")));
    List<String> sources = List.of("v", "w", "x", "y", "z");
    Map<String, Double> blind = judge(CopiedPassages.NONE, sources, claims).findings().get(0).support();
    Map<String, Double> seen = judge(yCopiesX, sources, claims).findings().get(0).support();
    assertThat(seen.get("former")).isLessThan(blind.get("former"));
    assertThat(seen.get("current")).isGreaterThan(blind.get("current"));
    assertThat(judge(yCopiesX, sources, claims).findings().get(0).notes())
        .anySatisfy(n -> assertThat(n).contains("x and y share this passage"))
        .anySatisfy(n -> assertThat(n).contains("former (confidence " + seen.get("former") + ", 1 independent voice)"));
  }

  @Test
  void itConvergesWithinTheCapAndSaysHowManyIterations() {
    TruthDiscovery.Result result = TruthDiscovery.run(Judge.judge(Aligner.align(town())), CopiedPassages.NONE,
        List.of("a", "b", "c", "d"));
    assertThat(result.iterations()).isBetween(2, TruthDiscovery.MAX_ITERATIONS - 1);
    assertThat(result.sources().get("a").basis()).endsWith("; " + result.iterations() + " iterations");
  }

  @Test
  void theSameFactsInAnyOrderGiveTheSameScores() {
    List<Claim> shuffled = new ArrayList<>(town());
    Collections.reverse(shuffled);
    assertThat(judge(CopiedPassages.NONE, List.of("a", "b", "c", "d"), shuffled))
        .isEqualTo(judge(CopiedPassages.NONE, List.of("a", "b", "c", "d"), town()));
  }

  @Test
  void aSourceWithNothingComparedIsNeutralAndSaysSo() {
    SourceReliability e = judge(CopiedPassages.NONE, List.of("a", "b", "c", "d", "e"), town()).reliability().get("e");
    assertThat(e.score()).isEqualTo(0.5);
    assertThat(e.compared()).isZero();
    assertThat(e.basis()).contains("no claim compared").contains("neutral");
  }
}
