package dev.crosscheck.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.align.Aligner;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.CopiedPassage;
import dev.crosscheck.model.CopiedPassages;
import dev.crosscheck.model.Evidence;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.FindingKind;
import dev.crosscheck.model.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorroborationTest {
  private static final String SENTENCE = "Mayor Ana Silva opened the bridge.";

  private static Claim mayor(String source, String status, int start) {
    return new Claim("role-" + source + start, "role", source, new Evidence(source, start, start + SENTENCE.length(), SENTENCE),
        "Ana Silva", "person:ana-silva", "mayor", status, Map.of());
  }

  /** Source a's text at 0..100 copied as b's text at 200..300. */
  private static final CopiedPassages A_COPIED_BY_B = new CopiedPassages(List.of(
      new CopiedPassage("a", new Span(0, 100), "b", new Span(200, 300), 20, "…", "…")));

  private static List<Finding> judge(CopiedPassages copies, Claim... claims) {
    List<String> sources = java.util.Arrays.stream(claims).map(Claim::source).distinct().sorted().toList();
    return Judge.judge(Aligner.align(List.of(claims)), copies, sources).findings();
  }

  @Test
  void anAgreementThatIsOneCopiedPassageIsOneVoiceAndSaysSo() {
    Finding plain = judge(CopiedPassages.NONE, mayor("a", "current", 10), mayor("b", "current", 210)).get(0);
    Finding copied = judge(A_COPIED_BY_B, mayor("a", "current", 10), mayor("b", "current", 210)).get(0);
    assertThat(plain.voices()).isEqualTo(2);
    assertThat(plain.notes()).isEmpty();
    assertThat(copied.kind()).isEqualTo(FindingKind.AGREEMENT);
    assertThat(copied.id()).isEqualTo(plain.id());
    assertThat(copied.voices()).isEqualTo(1);
    assertThat(copied.confidence()).isLessThan(plain.confidence());
    assertThat(copied.notes()).contains("a and b share this passage: counted as one voice");
  }

  @Test
  void aThirdIndependentSourceKeepsTheAgreementCorroborated() {
    Finding f = judge(A_COPIED_BY_B, mayor("a", "current", 10), mayor("b", "current", 210), mayor("c", "current", 0)).get(0);
    assertThat(f.voices()).isEqualTo(2);
    assertThat(f.confidence()).isEqualTo(0.9);
    assertThat(f.notes()).containsExactly("a and b share this passage: counted as one voice");
  }

  @Test
  void claimsOutsideTheCopiedPassageAreIndependent() {
    Finding f = judge(A_COPIED_BY_B, mayor("a", "current", 500), mayor("b", "current", 210)).get(0);
    assertThat(f.voices()).isEqualTo(2);
    assertThat(f.notes()).isEmpty();
  }

  @Test
  void aContradictionSaysWhichSideIsBetterSupportedAndKeepsEverySide() {
    Finding f = judge(CopiedPassages.NONE, mayor("a", "current", 0), mayor("b", "current", 0), mayor("c", "current", 0),
        mayor("d", "former", 0)).get(0);
    assertThat(f.kind()).isEqualTo(FindingKind.CONTRADICTION);
    assertThat(f.sources()).containsExactly("a", "b", "c", "d");
    assertThat(f.support().get("current")).isGreaterThan(f.support().get("former"));
    assertThat(f.notes()).singleElement().asString().startsWith("better supported: current");
  }

  @Test
  void aCopiedPassageWhoseValueWasChangedIsNamedAsAnEdit() {
    Finding f = judge(A_COPIED_BY_B, mayor("a", "current", 10), mayor("b", "former", 210)).get(0);
    assertThat(f.kind()).isEqualTo(FindingKind.CONTRADICTION);
    assertThat(f.notes()).contains("a and b share this passage but not its values: one text was edited");
  }

  @Test
  void theOldEntryPointStillJudgesWithoutWeighing() {
    Finding f = Judge.judge(Aligner.align(List.of(mayor("a", "current", 10), mayor("b", "current", 210)))).get(0);
    assertThat(f.voices()).isEqualTo(2);
    assertThat(f.support()).isEmpty();
  }
}
