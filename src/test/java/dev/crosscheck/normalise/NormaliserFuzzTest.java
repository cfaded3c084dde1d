package dev.crosscheck.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.crosscheck.model.ReferenceDate;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Any text: the normaliser throws nothing, and every expression it finds is the text at its offsets, in
 * order, without overlaps. {@code mvn verify} replays {@code NormaliserFuzzTestInputs/}; to fuzz for real:
 * {@code JAZZER_FUZZ=1 mvn test-compile surefire:test -Dtest=NormaliserFuzzTest}.
 */
class NormaliserFuzzTest {
  private static final ReferenceDate PUBLISHED = ReferenceDate.of(LocalDate.of(2025, 5, 2));

  @FuzzTest(maxDuration = "2m")
  void expressionsAreTheTextAtTheirOffsets(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    check(text, Normaliser.find(text, PUBLISHED));
    check(text, Normaliser.find(text, null));
  }

  private static void check(String text, List<Expression> found) {
    int previousEnd = 0;
    for (Expression e : found) {
      assertThat(e.start()).as("%s", e).isGreaterThanOrEqualTo(previousEnd);
      assertThat(e.end()).as("%s", e).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
      previousEnd = e.end();
    }
  }
}
