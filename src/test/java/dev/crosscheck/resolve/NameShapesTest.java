package dev.crosscheck.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The scans that read a word's shape must say what the patterns they stand for say, or mentions would change. */
class NameShapesTest {
  private static final String[] PIECES = {"A", "b", "É", "é", "ß", "ǅ", "𝐀", "𝐚", "\uD835", ".", "’", "'", "-", "3", " ",
      "Carney", "NBC", "J", "O'", "x"};

  @Test
  void readsNamesInitialsAndAcronymsAsThePatternsDo() {
    for (String w : new String[] {"Carney", "O’Neil", "J.", "NBC", "U.S.", "iPhone", "", "A", "AB", "Ab-c", "J.R."}) {
      assertThat(MentionFinder.nameShaped(w)).as(w).isEqualTo(MentionFinder.NAME_WORD.matcher(w).matches());
      assertThat(MentionFinder.acronym(w)).as(w).isEqualTo(MentionFinder.ACRONYM.matcher(w).matches());
    }
    assertThat(MentionFinder.nameShaped("Carney")).isTrue();
    assertThat(MentionFinder.acronym("NBC")).isTrue();
  }

  @Test
  void readsRandomWordsAsThePatternsDo() {
    Random random = new Random(8);
    for (int n = 0; n < 50_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(6); i > 0; i--) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String w = b.toString();
      assertThat(MentionFinder.nameShaped(w)).as(w).isEqualTo(MentionFinder.NAME_WORD.matcher(w).matches());
      assertThat(MentionFinder.acronym(w)).as(w).isEqualTo(MentionFinder.ACRONYM.matcher(w).matches());
    }
  }
}
