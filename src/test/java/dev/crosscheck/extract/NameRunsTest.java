package dev.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The scan must find exactly what the {@link Actors#NAME} pattern finds, or names and people would change. */
class NameRunsTest {
  /** Letters, marks that continue a name, spaces and characters outside the Basic Multilingual Plane. */
  private static final String[] PIECES = {"A", "b", "Z", "é", "É", "ß", " ", " ", "’", "'", ".", "-", ",", "3", "\n",
      "ǅ", "𝐀", "𝐚", "𐐀", "\uD835", "\uDC00", "“", "Mr", "US", "O'Neil", "de", "la", "Trump", "Kelly's"};

  private static List<String> byRegex(String text, int from, int to) {
    List<String> found = new ArrayList<>();
    Matcher m = Actors.NAME.matcher(text).region(from, to);
    while (m.find()) {
      found.add(m.start() + ":" + m.end());
    }
    return found;
  }

  private static List<String> byScan(String text, int from, int to) {
    List<String> found = new ArrayList<>();
    NameRuns runs = new NameRuns(text, from, to);
    while (runs.find()) {
      found.add(runs.start() + ":" + runs.end());
    }
    return found;
  }

  @Test
  void findsTheRunsTheRegexFindsInANewsSentence() {
    String text = "On Friday, US President Donald Trump met O'Neil and Jean-Luc Picard’s aide, Prof. J. R. R. Tolkien.";
    assertThat(byScan(text, 0, text.length())).isEqualTo(byRegex(text, 0, text.length())).hasSize(5);
    assertThat(byScan(text, 14, 60)).isEqualTo(byRegex(text, 14, 60));
  }

  @Test
  void findsTheRunsTheRegexFindsInRandomTextAndRegions() {
    Random random = new Random(8);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      int pieces = random.nextInt(30);
      for (int i = 0; i < pieces; i++) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = b.toString();
      int from = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
      int to = from + (text.length() == from ? 0 : random.nextInt(text.length() - from + 1));
      assertThat(byScan(text, from, to)).as("%s [%d, %d)", text, from, to).isEqualTo(byRegex(text, from, to));
    }
  }
}
